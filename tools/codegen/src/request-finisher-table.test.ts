import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from './generate.js';
import { kebabCase } from './naming.js';
import { operationTable } from './operation-table.js';
import { requestFinishers } from './request-finisher-table.js';
import { loadTestSpec, repoRoot } from './test-spec.js';

const { files } = generate(await loadTestSpec());

describe('request finishers', () => {
  it.each(Object.entries(requestFinishers))('%s: an operation, a hand-written export beside it, used', (fn, entry) => {
    const operation = operationTable.find((candidate) => candidate.fn === fn);
    expect(operation, fn).toBeDefined();
    const source = join(repoRoot, 'packages', operation!.pkg, 'src', `${kebabCase(entry.finisher)}.ts`);
    expect(existsSync(source), source).toBe(true);
    expect(readFileSync(source, 'utf8')).toContain(`export function ${entry.finisher}(`);
    const text = files.get(`packages/${operation!.pkg}/src/generated/functions/${kebabCase(fn)}.ts`) ?? '';
    expect(text).toContain(`${entry.finisher}({ method: '${operation!.route.split(' ')[0]}'`);
    for (const overload of entry.overloads) expect(text).toContain(overload.body);
  });
});
