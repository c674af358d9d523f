import { describe, expect, it } from 'vitest';
import { SchemaSampler } from './sample-from-schema.js';
import type { SchemaObject } from './spec-types.js';

const components = {
  Node: {
    type: 'object',
    required: ['value', 'next'],
    properties: {
      value: { type: 'string', enum: ['first', 'second'] },
      next: { anyOf: [{ $ref: '#/components/schemas/Node' }, { type: 'null' }] },
    },
  },
  Base: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, note: { type: 'string' } } },
} as Record<string, SchemaObject>;

const sampler = new SchemaSampler(components);
const sample = (schema: object) => sampler.sample(schema as SchemaObject);

describe('SchemaSampler', () => {
  it('fills only required properties, with first enum values and consts', () => {
    const schema = {
      type: 'object',
      required: ['kind', 'mode'],
      properties: { kind: { const: 'k' }, mode: { enum: [null, 'auto'] }, optional: { type: 'string' } },
    };
    expect(sample(schema)).toEqual({ kind: 'k', mode: 'auto' });
  });

  it('meets formats, lengths, bounds and item counts', () => {
    expect(sample({ type: 'string', format: 'uri' })).toBe('https://example.com');
    expect(sample({ type: 'string', minLength: 8, maxLength: 10 })).toBe('samplexx');
    expect(sample({ type: 'integer', minimum: 1, exclusiveMinimum: true })).toBe(2);
    expect(sample({ type: 'number', exclusiveMinimum: 0 })).toBe(0.5);
    expect(sample({ type: ['null', 'boolean'] })).toBe(false);
    expect(sample({ type: 'array', minItems: 2, items: { type: 'integer', maximum: -1 } })).toEqual([-1, -1]);
  });

  it('takes the first union branch that is neither null nor recursive', () => {
    expect(sample({ $ref: '#/components/schemas/Node' })).toEqual({ value: 'first', next: null });
    expect(sample({ oneOf: [{ type: 'null' }, { type: 'string' }] })).toBe('sample');
  });

  it('samples branches that only name required properties together with the schema around them', () => {
    const schema = {
      type: 'object',
      properties: { ids: { type: 'array', minItems: 1, items: { type: 'string' } }, files: { type: 'array' } },
      anyOf: [{ required: ['ids'] }, { required: ['files'] }],
    };
    expect(sample(schema)).toEqual({ ids: ['sample'] });
  });

  it('merges allOf members, required lists included', () => {
    const schema = { allOf: [{ $ref: '#/components/schemas/Base' }, { required: ['note'] }] };
    expect(sample(schema)).toEqual({ id: 'sample', note: 'sample' });
  });

  it('prefers file branches and gives file arrays an item when it samples a multipart body', () => {
    const file = new Blob(['x']);
    const files = new SchemaSampler(components, { file: () => file });
    const image = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string', format: 'binary' } }] };
    expect(files.sample(image as SchemaObject)).toEqual([file]);
    expect(sampler.sample(image as SchemaObject)).toBe('sample');
  });
});
