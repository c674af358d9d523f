import path from 'node:path';
import type { WorkspacePackage } from './workspace-packages.js';

/** The conditions Node matches when an app on Node `import`s a package. */
const nodeImportConditions = new Set(['node', 'import', 'default']);

/**
 * Each JavaScript subpath a package exports (`.`, `./zod`, …) with the file Node loads for an `import` of it: the first
 * matching condition in the order the `exports` object lists them, as Node resolves it. `./package.json` is not one.
 */
export function runtimeEntries(pkg: WorkspacePackage): { subpath: string; file: string }[] {
  const exportsField = pkg.manifest.exports;
  if (typeof exportsField !== 'object' || exportsField === null) return [];
  return Object.entries(exportsField).flatMap(([subpath, target]) => {
    const file = resolveTarget(target);
    return file === undefined || !/\.[cm]?js$/.test(file) ? [] : [{ subpath, file: path.join(pkg.dir, file) }];
  });
}

function resolveTarget(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (typeof target !== 'object' || target === null) return undefined;
  for (const [condition, value] of Object.entries(target)) {
    const found = nodeImportConditions.has(condition) ? resolveTarget(value) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}
