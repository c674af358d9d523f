import { join } from 'node:path';
import { repoRoot } from './test-spec.js';

export type ExportedFunction = (...args: unknown[]) => unknown;

const modules = new Map<string, Promise<Record<string, unknown>>>();

/** A function exported by `@org/<pkg>`, imported from the package's source entry point (no build needed). */
export async function packageExport(pkg: string, name: string): Promise<ExportedFunction> {
  let module = modules.get(pkg);
  if (module === undefined) {
    module = import(join(repoRoot, 'packages', pkg, 'src', 'index.ts')) as Promise<Record<string, unknown>>;
    modules.set(pkg, module);
  }
  const value = (await module)[name];
  if (typeof value !== 'function') throw new Error(`@org/${pkg} does not export a function ${name}`);
  return value as ExportedFunction;
}
