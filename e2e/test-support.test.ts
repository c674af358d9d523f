// Test helpers live in one place per package, `src/test-support/`, never beside the code that ships: no production
// file imports from there, and no production file exists only for the tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listWorkspacePackages } from './support/workspace-packages.js';

const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

const isTest = (file: string) => file.endsWith('.test.ts');
const isTestSupport = (file: string) => file.split(path.sep).includes('test-support');
const isProduction = (file: string) => !isTest(file) && !isTestSupport(file);

/** The `.ts` files a source file imports by relative path. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(RELATIVE_IMPORT)]
    .map((match) => path.resolve(path.dirname(file), (match[1] as string).replace(/\.js$/, '.ts')))
    .filter((target) => target.endsWith('.ts') && existsSync(target));
}

const packages = listWorkspacePackages().map((pkg) => {
  const src = path.join(pkg.dir, 'src');
  const files = (readdirSync(src, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => path.join(src, name));
  const importers = new Map<string, string[]>();
  for (const file of files) {
    for (const target of importsOf(file)) importers.set(target, [...(importers.get(target) ?? []), file]);
  }
  const entries = Object.values((pkg.manifest.exports ?? {}) as Record<string, unknown>).flatMap((target) => {
    const source = (target as Record<string, unknown>)['@org/source'];
    return typeof source === 'string' ? [path.join(pkg.dir, source)] : [];
  });
  return { name: pkg.name, dir: pkg.dir, files, importers, entries };
});

describe.each(packages)('$name', (pkg) => {
  const relative = (file: string) => path.relative(pkg.dir, file);

  it('imports nothing from test-support/ in production code', () => {
    const reaching = pkg.files.filter(isProduction).flatMap((file) =>
      importsOf(file)
        .filter(isTestSupport)
        .map((target) => `${relative(file)} → ${relative(target)}`),
    );
    expect(reaching).toEqual([]);
  });

  it('keeps files that only tests import in test-support/', () => {
    const testOnly = pkg.files.filter(
      (file) =>
        isProduction(file) &&
        !pkg.entries.includes(file) &&
        // the browser build swaps `x.browser.ts` in for `x.ts` (core's tsup.config.ts): no import names it
        !file.endsWith('.browser.ts') &&
        (pkg.importers.get(file) ?? []).length > 0 &&
        (pkg.importers.get(file) ?? []).every((importer) => !isProduction(importer)),
    );
    expect(testOnly.map(relative)).toEqual([]);
  });
});
