import { describe, expect, it } from 'vitest';
import type { ExtraSchemaEntry } from './extra-schema-table.js';
import { generate } from './generate.js';
import { resolveExtraSchemas } from './resolve-extra-schemas.js';
import type { OpenApiSpec, SchemaObject } from './spec-types.js';
import { loadTestSpec } from './test-spec.js';

function event(type: string): SchemaObject {
  return { type: 'object', required: ['type'], properties: { type: { type: 'string', enum: [type] } } };
}

const spec: OpenApiSpec = {
  openapi: '3.1.0',
  paths: {},
  components: {
    schemas: {
      EventA: event('a'),
      EventB: event('b'),
      EventUntyped: { type: 'object', properties: { id: { type: 'string' } } },
      Other: { type: 'string' },
    },
  },
};

describe('resolveExtraSchemas', () => {
  it('takes exact names and prefixes, sorted, and the members of a union', () => {
    const table: ExtraSchemaEntry[] = [
      { pkg: 'realtime', names: ['Other'] },
      { pkg: 'realtime', prefixes: ['EventA', 'EventB'], union: 'AnyEvent' },
    ];
    expect(resolveExtraSchemas(spec, table).get('realtime')).toEqual({
      schemas: ['EventA', 'EventB', 'Other'],
      unions: [{ name: 'AnyEvent', members: ['EventA', 'EventB'] }],
    });
  });

  it('fails naming a schema the spec does not have, and a prefix that matches nothing', () => {
    const table: ExtraSchemaEntry[] = [{ pkg: 'realtime', names: ['EventC'], prefixes: ['Webhook'] }];
    expect(() => resolveExtraSchemas(spec, table)).toThrow(
      'The extra schema table does not match the spec:\n' +
        '@org/realtime: schema EventC is not in the spec\n' +
        '@org/realtime: no schema in the spec starts with Webhook',
    );
  });

  it('fails when two packages claim one schema', () => {
    const table: ExtraSchemaEntry[] = [
      { pkg: 'realtime', prefixes: ['Event'] },
      { pkg: 'responses', names: ['EventB'] },
    ];
    expect(() => resolveExtraSchemas(spec, table)).toThrow(
      'schema EventB is claimed by both @org/realtime and @org/responses',
    );
  });

  it('fails a union whose members cannot be told apart by type', () => {
    const table: ExtraSchemaEntry[] = [{ pkg: 'realtime', names: ['EventA', 'EventUntyped'], union: 'AnyEvent' }];
    expect(() => resolveExtraSchemas(spec, table)).toThrow(
      'AnyEvent: EventUntyped has no required `type` with one value to tell it apart',
    );
    const twins: OpenApiSpec = { ...spec, components: { schemas: { ...spec.components.schemas, Twin: event('a') } } };
    expect(() => resolveExtraSchemas(twins, [{ pkg: 'realtime', names: ['EventA', 'Twin'], union: 'U' }])).toThrow(
      'U: Twin and EventA share the type "a"',
    );
  });

  it('fails a union named like a spec schema', () => {
    expect(() => resolveExtraSchemas(spec, [{ pkg: 'realtime', names: ['EventA'], union: 'Other' }])).toThrow(
      '@org/realtime: union Other has the name of a spec schema',
    );
  });

  it('stops the generator on the real spec when a table entry has gone from it', async () => {
    const real = await loadTestSpec();
    const schemas = Object.fromEntries(
      Object.entries(real.components.schemas).filter(([name]) => !name.startsWith('RealtimeServerEvent')),
    );
    expect(() => generate({ ...real, components: { ...real.components, schemas } })).toThrow(
      '@org/realtime: no schema in the spec starts with RealtimeServerEvent',
    );
  });
});
