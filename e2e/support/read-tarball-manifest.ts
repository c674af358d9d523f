import type { PackageManifest } from './package-manifest.js';
import { runCommand } from './run-command.js';

/** The package.json as published: what npm reads from the tarball, `workspace:` ranges already replaced. */
export async function readTarballManifest(tarball: string): Promise<PackageManifest> {
  const result = await runCommand('tar', ['-xOzf', tarball, 'package/package.json']);
  if (result.code !== 0) throw new Error(`cannot read package.json from ${tarball}: ${result.stderr}`);
  return JSON.parse(result.stdout) as PackageManifest;
}
