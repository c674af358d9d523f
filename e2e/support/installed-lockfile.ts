import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface LockedPackage {
  /** `node_modules/@org/core`, or nested: `node_modules/@org/chat/node_modules/@org/core` */
  location: string;
  name: string;
  version?: string;
  resolved?: string;
  dependencies?: Record<string, string>;
}

/** The packages npm installed in a project, from its package-lock.json (v3). */
export function readInstalledPackages(projectDir: string): LockedPackage[] {
  const lock = JSON.parse(readFileSync(path.join(projectDir, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, Omit<LockedPackage, 'location' | 'name'> & { name?: string }>;
  };
  return Object.entries(lock.packages)
    .filter(([location]) => location !== '')
    .map(([location, entry]) => ({
      ...entry,
      location,
      name: entry.name ?? location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length),
    }));
}
