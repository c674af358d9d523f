import { type ContractCase, expectedQuery } from './contract-case.js';
import { findOperation } from './describe-operation.js';
import type { OperationEntry } from './operation-table.js';
import type { OpenApiSpec, SchemaObject } from './spec-types.js';

/** How an operation streams: its always-streaming function, the switch it sets, the schema of one event. */
export interface StreamingForm {
  fn: string;
  location: 'body' | 'query';
  field: string;
  value: true | string;
  eventSchema: SchemaObject;
  /** Named SSE events, yielded as `{ event, data }`. */
  eventNames: boolean;
}

/** The streaming form of an operation, from the spec's `text/event-stream` reply and the table's overrides. */
export function streamingForm(spec: OpenApiSpec, entry: OperationEntry): StreamingForm | undefined {
  const override = entry.stream;
  const responses = Object.entries(findOperation(spec, entry.route).responses);
  const success = responses.find(([status]) => /^2\d\d$/.test(status))?.[1];
  const specEvent = success?.content?.['text/event-stream']?.schema;
  const eventSchema = override?.event === undefined ? specEvent : { $ref: `#/components/schemas/${override.event}` };
  if (eventSchema === undefined) return undefined;
  return {
    fn: override?.fn ?? `stream${entry.fn.replace(/^create/, '')}`,
    location: override?.location ?? 'body',
    field: override?.field ?? 'stream',
    value: override?.value ?? true,
    eventSchema,
    eventNames: override?.eventNames === true,
  };
}

/** What the always-streaming function must send: the case's request with the switch turned on. */
export function streamingRequest(base: ContractCase, form: StreamingForm): ContractCase {
  if (form.location === 'query') {
    const query = { ...base.query, [form.field]: form.value };
    return { ...base, query, queryPairs: expectedQuery(query, base.beta) };
  }
  if (base.body === undefined) throw new Error(`${base.name} streams by a body field but has no body`);
  return { ...base, body: { ...base.body, value: { ...base.body.value, [form.field]: form.value } } };
}
