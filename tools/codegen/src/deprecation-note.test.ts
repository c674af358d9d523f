import { describe, expect, it } from 'vitest';
import { findOperation } from './describe-operation.js';
import { resourceFileName } from './emit-resource-file.js';
import { generate } from './generate.js';
import { kebabCase } from './naming.js';
import { operationTable } from './operation-table.js';
import { flattenTree } from './resource-tree.js';
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

  it('carry @deprecated on their resource methods, which the umbrella reaches without redeclaring them', () => {
    const helpers = files.get('packages/openai/src/generated/openai-resources.ts') ?? '';
    let checked = 0;
    for (const pkg of packages) {
      for (const tree of pkg.resources) {
        const text = files.get(`packages/${pkg.info.name}/src/generated/${resourceFileName(tree)}`) ?? '';
        for (const node of flattenTree(tree)) {
          for (const { method, model } of node.operations) {
            if (!model.deprecated) continue;
            const methods = [method, model.stream?.method].filter((name) => name !== undefined);
            for (const name of methods) {
              const doc = [...text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*([A-Za-z]+)\(/g)].find(
                (match) => match[2] === name,
              )?.[1];
              expect(doc, `${node.path}.${name}`).toContain('@deprecated');
              checked++;
            }
            // The umbrella's getters hand out the package's class itself, doc comments and all.
            expect(helpers.includes(`extends (${node.className} as`), node.path).toBe(false);
          }
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(15);
  });
});

describe('operation doc comments', () => {
  it('name the method path in @org/openai and the official package', () => {
    const fn = files.get('packages/chat/src/generated/functions/create-chat-completion.ts') ?? '';
    expect(fn).toContain(' * `openai.chat.completions.create` in `@org/openai` and the official package.\n');
    const stream = files.get('packages/chat/src/generated/functions/stream-chat-completion.ts') ?? '';
    expect(stream).toContain('`openai.chat.completions.create` with `stream: true` in `@org/openai`');
    const resource = files.get('packages/assistants/src/generated/assistants-resource.ts') ?? '';
    expect(resource).toContain(' * `openai.beta.assistants.create` in `@org/openai` and the official package.\n');
  });
});
