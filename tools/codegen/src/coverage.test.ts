import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kebabCase } from './naming.js';
import { operationTable } from './operation-table.js';
import { packageTable } from './package-table.js';
import { resolveExtraSchemas } from './resolve-extra-schemas.js';
import type { OpenApiSpec } from './spec-types.js';
import { loadTestSpec, repoRoot } from './test-spec.js';
import { specRoutes, tableProblems } from './validate-table.js';

/** Spec operations deliberately left without a function, with the reason. None today. */
const exceptions: Record<string, string> = {};

let spec: OpenApiSpec;

beforeAll(async () => {
  spec = await loadTestSpec();
});

async function generatedSource(pkg: string, file: string): Promise<string> {
  return readFile(join(repoRoot, 'packages', pkg, 'src', 'generated', file), 'utf8');
}

describe('operation coverage', () => {
  it('maps every spec operation to exactly one table entry', () => {
    const routes = specRoutes(spec).filter((route) => !(route in exceptions));
    expect(tableProblems(spec, operationTable)).toEqual([]);
    expect(operationTable.length).toBe(routes.length);
    expect(routes.length).toBe(288);
  });

  it('puts every operation in a known package', () => {
    const names = new Set(packageTable.map((info) => info.name));
    for (const entry of operationTable) expect(names, entry.route).toContain(entry.pkg);
  });

  it('exports one generated function per operation from its package', async () => {
    let found = 0;
    for (const entry of operationTable) {
      const index = await generatedSource(entry.pkg, 'index.ts');
      const file = `functions/${kebabCase(entry.fn)}.ts`;
      expect(index, `${entry.route} → @org/${entry.pkg} ${entry.fn}`).toContain(
        `export { ${entry.fn} } from './${file.replace(/\.ts$/, '.js')}';`,
      );
      const source = await generatedSource(entry.pkg, file);
      expect(source, entry.route).toMatch(new RegExp(`export function ${entry.fn}\\(`));
      found++;
    }
    expect(found).toBe(288);
  });

  it('gives every streaming operation its always-streaming function', async () => {
    const streaming = operationTable.filter((entry) => entry.stream !== undefined);
    for (const entry of streaming) {
      if (entry.stream?.fn === undefined) continue;
      const index = await generatedSource(entry.pkg, 'index.ts');
      expect(index, entry.route).toContain(`export { ${entry.stream.fn} }`);
    }
  });

  it('gives every package in the table something to hold: operations or extra schemas', () => {
    const extras = resolveExtraSchemas(spec);
    const empty = packageTable.filter(
      (info) => !operationTable.some((entry) => entry.pkg === info.name) && extras.get(info.name) === undefined,
    );
    expect(empty.map((info) => info.name)).toEqual([]);
  });

  it('keeps resource packages free of each other', async () => {
    for (const info of packageTable) {
      const json = JSON.parse(await readFile(join(repoRoot, 'packages', info.name, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
        peerDependencies?: Record<string, string>;
      };
      const runtime = Object.keys({ ...json.dependencies, ...json.peerDependencies });
      expect(json.dependencies?.['@org/core'], info.name).toBe('workspace:^');
      expect(
        runtime.filter((name) => name.startsWith('@org/') && name !== '@org/core'),
        info.name,
      ).toEqual([]);
    }
  });
});
