import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkspacePackage } from './workspace-packages.js';

/**
 * Whether a package exports types only: its committed public-api.txt lists no class, function, const or enum. Such a
 * package loads as an empty module and puts nothing in a bundle.
 */
export function isTypesOnly(pkg: WorkspacePackage): boolean {
  const lines = readFileSync(path.join(pkg.dir, 'public-api.txt'), 'utf8').split('\n');
  return !lines.some((line) => /^(class|function|const|enum) /.test(line));
}
