import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PackageManifest } from './package-manifest.js';
import { repoRoot } from './repo-root.js';

export interface WorkspacePackage {
  /** `@org/chat` */
  name: string;
  /** `chat`, the folder under packages/ */
  folder: string;
  dir: string;
  manifest: PackageManifest;
}

/** Every package under packages/, so a package added later is checked without touching the tests. */
export function listWorkspacePackages(): WorkspacePackage[] {
  const packagesDir = path.join(repoRoot, 'packages');
  return readdirSync(packagesDir)
    .filter((folder) => existsSync(path.join(packagesDir, folder, 'package.json')))
    .map((folder) => {
      const dir = path.join(packagesDir, folder);
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageManifest;
      return { name: manifest.name, folder, dir, manifest };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Packages meant for npm: everything under packages/ that is not private. */
export function listPublishedPackages(): WorkspacePackage[] {
  return listWorkspacePackages().filter((pkg) => pkg.manifest.private !== true);
}
