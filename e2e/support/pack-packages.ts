import path from 'node:path';
import { createLimiter } from './create-limiter.js';
import { runCommand } from './run-command.js';
import type { WorkspacePackage } from './workspace-packages.js';

/** `pnpm pack`s each package into `destination` (so `workspace:` ranges become real ones); name → tarball path. */
export async function packPackages(packages: WorkspacePackage[], destination: string): Promise<Map<string, string>> {
  const limit = createLimiter(4);
  const pack = async (pkg: WorkspacePackage) => {
    const result = await runCommand('pnpm', ['pack', '--pack-destination', destination, '--json'], { cwd: pkg.dir });
    if (result.code !== 0) throw new Error(`pnpm pack failed in ${pkg.dir}:\n${result.stderr}${result.stdout}`);
    const { filename } = JSON.parse(result.stdout) as { filename: string };
    return [pkg.name, path.resolve(destination, filename)] as const;
  };
  return new Map(await Promise.all(packages.map((pkg) => limit(() => pack(pkg)))));
}
