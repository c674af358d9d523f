import { describe, expect, it } from 'vitest';
import type { OpenApiSpec, SchemaObject } from './spec-types.js';
import { createSpecValidator } from './spec-validator.js';

const schemas = {
  Pet: {
    type: 'object',
    required: ['name', 'age'],
    discriminator: { propertyName: 'name' },
    'x-oaiMeta': { name: 'Pet' },
    properties: {
      name: { type: 'string', example: 'Rex' },
      age: { type: 'integer', minimum: 0, exclusiveMinimum: true },
      tag: { type: 'string', nullable: true },
      owner: { allOf: [{ $ref: '#/components/schemas/Owner' }], nullable: true },
    },
  },
  Owner: {
    type: 'object',
    required: ['id'],
    properties: { id: { type: 'string' }, since: { type: 'integer', format: 'unixtime' } },
  },
  Filter: {
    $recursiveAnchor: true,
    type: 'object',
    required: ['filters'],
    properties: { filters: { type: 'array', items: { oneOf: [{ type: 'string' }, { $recursiveRef: '#' }] } } },
  },
};

const spec = { openapi: '3.1.0', paths: {}, components: { schemas } } as OpenApiSpec;
const ref = (name: string): SchemaObject => ({ $ref: `#/components/schemas/${name}` });

describe('createSpecValidator', () => {
  const validator = createSpecValidator(spec);

  it('validates against components, ignoring OpenAPI annotations', () => {
    expect(validator.errors(ref('Pet'), { name: 'Rex', age: 3 })).toEqual([]);
    expect(validator.errors(ref('Pet'), { age: 3 })).toEqual(["/ must have required property 'name'"]);
    expect(validator.errors(ref('Pet'), { name: 'Rex', age: '3' })).toEqual(['/age must be integer']);
  });

  it('reads the OpenAPI 3.0 idioms: boolean exclusiveMinimum and nullable, with or without a type', () => {
    expect(validator.errors(ref('Pet'), { name: 'Rex', age: 0 })).toEqual(['/age must be > 0']);
    expect(validator.errors(ref('Pet'), { name: 'Rex', age: 1, tag: null, owner: null })).toEqual([]);
    expect(validator.errors(ref('Pet'), { name: 'Rex', age: 1, owner: {} })).not.toEqual([]);
  });

  it('follows $recursiveRef to the schema that declares the anchor', () => {
    expect(validator.errors(ref('Filter'), { filters: ['a', { filters: ['b'] }] })).toEqual([]);
    expect(validator.errors(ref('Filter'), { filters: [{ filters: [1] }] })).not.toEqual([]);
  });

  it('compiles inline schemas that point into the components, and knows the unixtime format', () => {
    const inline: SchemaObject = { type: 'array', items: ref('Owner') };
    expect(validator.errors(inline, [{ id: 'u1', since: 1700000000 }])).toEqual([]);
    expect(validator.errors(inline, [{ id: 'u1', since: 1.5 }])).not.toEqual([]);
  });

  it('reads form text as numbers when asked to coerce', () => {
    expect(createSpecValidator(spec, { coerceTypes: true }).errors(ref('Pet'), { name: 'Rex', age: '3' })).toEqual([]);
  });
});
