import { beforeAll, describe, expect, it } from 'vitest';
import { describeOperation } from './describe-operation.js';
import { operationTable } from './operation-table.js';
import { SchemaRegistry } from './schema-registry.js';
import type { OpenApiSpec, SchemaObject } from './spec-types.js';
import { streamingForm } from './streaming-form.js';
import { loadTestSpec } from './test-spec.js';

let spec: OpenApiSpec;

beforeAll(async () => {
  spec = await loadTestSpec();
});

/** Every value the union's members give `field` (`type`, or `event` for named SSE events), through refs and unions. */
function fieldValues(schema: SchemaObject, field: string, seen = new Set<string>()): unknown[] {
  if (schema.$ref !== undefined) {
    if (seen.has(schema.$ref)) return [];
    seen.add(schema.$ref);
    return fieldValues(spec.components.schemas[schema.$ref.split('/').at(-1)!] ?? {}, field, seen);
  }
  const members = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  const own = schema.properties?.[field];
  const values = own === undefined ? [] : [...(own.enum ?? []), ...(own.const === undefined ? [] : [own.const])];
  return [...values, ...members.flatMap((member) => fieldValues(member, field, seen))];
}

describe('the end of each streaming operation', () => {
  const streaming = () => operationTable.filter((entry) => streamingForm(spec, entry) !== undefined);

  it('is said for every operation that streams', () => {
    expect(streaming().length).toBeGreaterThan(0);
    for (const entry of streaming()) expect(entry.stream?.end, entry.route).toBeDefined();
  });

  it('names only event types the event schema has', () => {
    for (const entry of streaming()) {
      const end = entry.stream?.end;
      if (!Array.isArray(end)) continue;
      const form = streamingForm(spec, entry)!;
      const known = fieldValues(form.eventSchema, form.eventNames ? 'event' : 'type');
      for (const type of end) expect(known, `${entry.route}: ${type}`).toContain(type);
    }
  });

  it('fails generation for a streaming operation that does not say it', () => {
    const entry = operationTable.find((candidate) => candidate.route === 'POST /chat/completions')!;
    const silent = { ...entry, stream: { ...entry.stream, end: undefined } };
    expect(() => describeOperation(spec, new SchemaRegistry(spec), silent)).toThrow(
      /POST \/chat\/completions: say how its stream ends/,
    );
  });
});
