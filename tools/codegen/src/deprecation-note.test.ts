import { describe, expect, it } from 'vitest';
import { findOperation } from './describe-operation.js';
import { generate } from './generate.js';
import { kebabCase } from './naming.js';
import { operationTable } from './operation-table.js';
import { loadTestSpec } from './test-spec.js';

const spec = await loadTestSpec();
const { files, packages } = generate(spec);

describe('deprecated operations', () => {
  it('carry @deprecated on their functions, the streaming ones included, and no other function does', () => {
    const deprecated = new Set(
      operationTable.filter((entry) => findOperation(spec, entry.route).deprecated === true).map((entry) => entry.fn),
    );
    expect(deprecated.size).toBeGreaterThan(0);
    for (const pkg of packages) {
      for (const model of pkg.models) {
        for (const fn of [model.entry.fn, model.stream?.fn].filter((name) => name !== undefined)) {
          const text = files.get(`packages/${pkg.info.name}/src/generated/functions/${kebabCase(fn)}.ts`) ?? '';
          expect(text.includes('@deprecated'), fn).toBe(deprecated.has(model.entry.fn));
        }
      }
    }
  });

  it('name what to use instead where the package has a replacement', () => {
    const text = files.get('packages/assistants/src/generated/functions/create-assistant.ts') ?? '';
    expect(text).toContain('@deprecated The API marks this operation deprecated: use the Responses API');
    const method = files.get('packages/assistants/src/generated/assistants-resource.ts') ?? '';
    expect(method.match(/@deprecated/g)).toHaveLength(5);
  });
});
