import { describe, expect, it } from 'vitest';
import { DeclarationPrinter } from './print-declaration.js';
import { type PrintContext, printType } from './print-type.js';
import { SchemaRegistry } from './schema-registry.js';
import type { OpenApiSpec, SchemaObject } from './spec-types.js';

function registryOf(schemas: Record<string, SchemaObject>): SchemaRegistry {
  const spec: OpenApiSpec = { openapi: '3.1.0', paths: {}, components: { schemas } };
  return new SchemaRegistry(spec);
}

const empty: PrintContext = { registry: registryOf({}) };

describe('printType', () => {
  it('prints nullability from all three spellings', () => {
    expect(printType({ type: 'string', nullable: true }, empty)).toBe('string | null');
    expect(printType({ type: ['integer', 'null'] }, empty)).toBe('number | null');
    expect(printType({ anyOf: [{ type: 'string' }, { type: 'null' }] }, empty)).toBe('string | null');
  });

  it('keeps known values but accepts any string for the "string or enum" idiom', () => {
    const schema: SchemaObject = { anyOf: [{ type: 'string' }, { type: 'string', enum: ['a', 'b'] }] };
    expect(printType(schema, empty)).toBe("'a' | 'b' | (string & {})");
  });

  it('opens enums named after models and voices only', () => {
    const schema: SchemaObject = { type: 'string', enum: ['alloy', 'ash'] };
    expect(printType(schema, empty, 'voice')).toBe("'alloy' | 'ash' | (string & {})");
    expect(printType(schema, empty, 'format')).toBe("'alloy' | 'ash'");
    expect(printType({ type: 'string', enum: ['only'] }, empty, 'model')).toBe("'only'");
  });

  it('uses unknown, never any, for free-form values', () => {
    expect(printType({}, empty)).toBe('unknown');
    expect(printType({ type: 'object' }, empty)).toBe('Record<string, unknown>');
    expect(printType({ type: 'object', additionalProperties: { type: 'number' } }, empty)).toBe(
      'Record<string, number>',
    );
  });

  it('reads allOf with a nullable member as "or null"', () => {
    const registry = registryOf({ Thing: { type: 'object', properties: { id: { type: 'string' } } } });
    const schema: SchemaObject = { allOf: [{ $ref: '#/components/schemas/Thing' }, { nullable: true }] };
    expect(printType(schema, { registry })).toBe('(Thing | null)');
  });

  it('types binary fields as Uploadable', () => {
    expect(printType({ type: 'string', format: 'binary' }, empty)).toBe('Uploadable');
  });
});

describe('DeclarationPrinter', () => {
  it('emits interfaces with required and optional members, and recursion by name', () => {
    const registry = registryOf({
      Filter: {
        type: 'object',
        required: ['type'],
        properties: {
          type: { type: 'string', enum: ['and', 'or'] },
          filters: { type: 'array', items: { anyOf: [{ $recursiveRef: '#' }, { type: 'string' }] } },
        },
      },
    });
    expect(new DeclarationPrinter(registry).declaration('Filter')).toBe(
      "export interface Filter {\ntype: 'and' | 'or';\nfilters?: Array<Filter | string>;\n}",
    );
  });

  it('extends bases for allOf and redeclares what an inline member makes required', () => {
    const registry = registryOf({
      Base: { type: 'object', properties: { id: { type: 'string' } } },
      Child: { allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', required: ['id'] }] },
    });
    expect(new DeclarationPrinter(registry).declaration('Child')).toBe(
      'export interface Child extends Base {\nid: string;\n}',
    );
  });

  it('keeps discriminated unions as unions of named members', () => {
    const registry = registryOf({
      A: { type: 'object', required: ['type'], properties: { type: { type: 'string', enum: ['a'] } } },
      B: { type: 'object', required: ['type'], properties: { type: { type: 'string', enum: ['b'] } } },
      AB: {
        oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }],
        discriminator: { propertyName: 'type' },
      },
    });
    expect(new DeclarationPrinter(registry).declaration('AB')).toBe('export type AB = A | B;');
  });
});
