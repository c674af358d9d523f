import { describe, expect, it } from 'vitest';
import { apiReferenceLink } from './api-reference-link.js';
import { findOperation } from './describe-operation.js';
import { generate } from './generate.js';
import type { OpenApiSpec, OperationObject } from './spec-types.js';
import { loadTestSpec } from './test-spec.js';

function specWith(operations: Record<string, OperationObject['x-oaiMeta']>): OpenApiSpec {
  const paths: OpenApiSpec['paths'] = {};
  for (const [route, meta] of Object.entries(operations)) {
    const [method, path] = route.split(' ') as [string, string];
    paths[path] = { ...paths[path], [method.toLowerCase()]: { responses: {}, 'x-oaiMeta': meta } };
  }
  return { openapi: '3.1.0', paths, components: { schemas: {} } };
}

const root = 'https://platform.openai.com/docs/api-reference';

describe('API reference links', () => {
  it("link the operation's section when every section of its group names one operation", () => {
    const spec = specWith({
      'POST /things': { group: 'things', path: 'create' },
      'POST /things?beta=true': { group: 'things', path: 'create' },
      'GET /things': { group: 'things', path: 'list' },
    });
    expect(apiReferenceLink(spec, findOperation(spec, 'GET /things'))).toBe(`${root}/things/list`);
    expect(apiReferenceLink(spec, findOperation(spec, 'POST /things?beta=true'))).toBe(`${root}/things/create`);
  });

  it("link the group's page when the group's section names cannot be trusted", () => {
    const spec = specWith({
      'GET /vector_things': { group: 'vector_things', path: 'get' },
      'GET /vector_things/{id}': { group: 'vector_things', path: 'retrieve' },
      'GET /other': { group: 'other', path: 'list for the organization.' },
      'GET /twice/a': { group: 'twice', path: 'list' },
      'GET /twice/b': { group: 'twice', path: 'list' },
    });
    expect(apiReferenceLink(spec, findOperation(spec, 'GET /vector_things/{id}'))).toBe(`${root}/vector-things`);
    expect(apiReferenceLink(spec, findOperation(spec, 'GET /other'))).toBe(`${root}/other`);
    expect(apiReferenceLink(spec, findOperation(spec, 'GET /twice/a'))).toBe(`${root}/twice`);
  });

  it('are left out when the spec does not place the operation', () => {
    const spec = specWith({ 'GET /unplaced': undefined });
    expect(apiReferenceLink(spec, findOperation(spec, 'GET /unplaced'))).toBeUndefined();
  });

  it("end the doc comments of the spec's functions and resource methods", async () => {
    const { files } = generate(await loadTestSpec());
    const create = files.get('packages/chat/src/generated/functions/create-chat-completion.ts') ?? '';
    expect(create).toContain(`@see {@link ${root}/chat/create | API reference}`);
    const resource = files.get('packages/evals/src/generated/evals-resource.ts');
    expect(resource).toContain(`@see {@link ${root}/evals | API reference}`);
  });
});
