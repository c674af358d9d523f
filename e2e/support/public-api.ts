import path from 'node:path';
import ts from 'typescript';
import type { WorkspacePackage } from './workspace-packages.js';

/** Each subpath a package exports (`.`, `./zod`, …) with the declaration file its ESM types come from. */
export function typedSubpaths(pkg: WorkspacePackage): { subpath: string; file: string }[] {
  const exportsField = pkg.manifest.exports;
  if (typeof exportsField !== 'object' || exportsField === null) return [];
  return Object.entries(exportsField).flatMap(([subpath, target]) => {
    const types = firstTypes(target);
    return types === undefined ? [] : [{ subpath, file: path.join(pkg.dir, types) }];
  });
}

/**
 * The first ESM declaration file under an exports target: a `types` string, or the `import` of a `types` object
 * (`{ types: { import, require } }`); `require` branches are skipped.
 */
function firstTypes(target: unknown): string | undefined {
  if (typeof target !== 'object' || target === null) return undefined;
  const record = target as Record<string, unknown>;
  const types = record.types as string | { import?: unknown } | undefined;
  if (typeof types === 'string') return types;
  if (typeof types?.import === 'string') return types.import;
  for (const [condition, value] of Object.entries(record)) {
    const found = condition === 'require' ? undefined : firstTypes(value);
    if (found !== undefined) return found;
  }
  return undefined;
}

const kinds: [ts.SymbolFlags, string][] = [
  [ts.SymbolFlags.Class, 'class'],
  [ts.SymbolFlags.Function, 'function'],
  [ts.SymbolFlags.Variable, 'const'],
  [ts.SymbolFlags.Enum, 'enum'],
  [ts.SymbolFlags.Interface, 'interface'],
  [ts.SymbolFlags.TypeAlias, 'type'],
];

/**
 * What each declaration file exports, one `kind name` line per export, sorted: the public API as a user's
 * compiler sees it. One program reads every file, so shared declarations are parsed once.
 */
export function exportedNames(files: string[]): Map<string, string[]> {
  const program = ts.createProgram(files, { noEmit: true, skipLibCheck: true, types: [], lib: ['lib.es2022.d.ts'] });
  const checker = program.getTypeChecker();
  const result = new Map<string, string[]>();
  for (const file of files) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`${file}: no module to read exports from`);
    const lines = checker.getExportsOfModule(moduleSymbol).map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const kind = kinds.find(([flag]) => target.flags & flag)?.[1] ?? 'other';
      return `${kind} ${symbol.name}`;
    });
    result.set(file, lines.sort());
  }
  return result;
}
