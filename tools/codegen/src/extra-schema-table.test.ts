import type {
  RealtimeClientEvent,
  RealtimeClientEventResponseCreate,
  RealtimeServerEvent,
  RealtimeServerEventResponseDone,
} from '@org/realtime';
import type { WebhookEvent, WebhookRealtimeCallIncoming, WebhookResponseCompleted } from '@org/webhooks';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { type Generation, generate } from './generate.js';
import type { OpenApiSpec } from './spec-types.js';
import { loadTestSpec } from './test-spec.js';

let spec: OpenApiSpec;
let generation: Generation;

beforeAll(async () => {
  spec = await loadTestSpec();
  generation = generate(spec);
});

/** Every name a package's generated `types.ts` declares, in file order, repeats kept. */
function declared(pkg: string): string[] {
  const text = generation.files.get(`packages/${pkg}/src/generated/types.ts`) ?? '';
  return [...text.matchAll(/^export (?:interface|type) (\w+)\b/gm)].map((match) => match[1]!);
}

function schemasStartingWith(...prefixes: string[]): string[] {
  return Object.keys(spec.components.schemas).filter((name) => prefixes.some((prefix) => name.startsWith(prefix)));
}

describe('extra schemas of the real spec', () => {
  it('emits all 61 realtime event schemas into @org/realtime', () => {
    const events = schemasStartingWith('RealtimeClientEvent', 'RealtimeServerEvent');
    expect(events).toHaveLength(61);
    expect(events.filter((name) => !declared('realtime').includes(name))).toEqual([]);
  });

  it('emits all 16 webhook event schemas into @org/webhooks, and their union WebhookEvent', () => {
    const events = schemasStartingWith('Webhook');
    expect(events).toHaveLength(16);
    expect(declared('webhooks')).toEqual([...events, 'WebhookEvent'].sort());
    const union = /export type WebhookEvent = ([^;]+);/.exec(
      generation.files.get('packages/webhooks/src/generated/types.ts') ?? '',
    );
    expect(union?.[1]?.split(' | ')).toEqual(events.sort());
  });

  it('gives @org/batches the JSON body and the result of every endpoint a batch can call', () => {
    const create = spec.components.schemas.CreateBatchRequest?.properties?.endpoint?.enum as string[];
    expect(create.length).toBeGreaterThan(0);
    const refName = (schema: { $ref?: string } | undefined) => schema?.$ref?.split('/').at(-1);
    for (const endpoint of create) {
      const operation = spec.paths[endpoint.replace(/^\/v1/, '')]?.post;
      const body = refName(operation?.requestBody?.content['application/json']?.schema);
      const result = refName(operation?.responses['200']?.content?.['application/json']?.schema);
      expect([body, result], endpoint).toEqual([expect.any(String), expect.any(String)]);
      expect(declared('batches'), endpoint).toEqual(expect.arrayContaining([body, result]));
    }
  });

  it('declares each type once per package, however many operations and extras reach it', () => {
    for (const { info } of generation.packages) {
      const names = declared(info.name);
      expect(
        names.filter((name, index) => names.indexOf(name) !== index),
        info.name,
      ).toEqual([]);
    }
  });

  it("keeps the spec's realtime unions, each member told apart by its own type", () => {
    for (const union of ['RealtimeClientEvent', 'RealtimeServerEvent']) {
      const members = (spec.components.schemas[union]?.anyOf ?? []).map((member) => member.$ref!.split('/').at(-1)!);
      const types = members.map((name) => spec.components.schemas[name]?.properties?.type?.enum);
      expect(types.every((values) => values?.length === 1)).toBe(true);
      expect(new Set(types.map((values) => values?.[0])).size, union).toBe(members.length);
    }
    expect(generation.files.get('packages/realtime/src/generated/types.ts')).toMatch(
      /export type RealtimeServerEvent =\s*\|?\s*RealtimeServerEventConversationCreated\s*\|/,
    );
  });

  it('narrows the realtime unions by type', () => {
    expectTypeOf<
      Extract<RealtimeServerEvent, { type: 'response.done' }>
    >().toEqualTypeOf<RealtimeServerEventResponseDone>();
    expectTypeOf<
      Extract<RealtimeClientEvent, { type: 'response.create' }>
    >().toEqualTypeOf<RealtimeClientEventResponseCreate>();
    const event = { type: 'response.done', event_id: 'e1', response: {} } as RealtimeServerEvent;
    if (event.type === 'response.done') expectTypeOf(event).toEqualTypeOf<RealtimeServerEventResponseDone>();
  });

  it('narrows WebhookEvent by type', () => {
    expectTypeOf<Extract<WebhookEvent, { type: 'response.completed' }>>().toEqualTypeOf<WebhookResponseCompleted>();
    expectTypeOf<
      Extract<WebhookEvent, { type: 'realtime.call.incoming' }>
    >().toEqualTypeOf<WebhookRealtimeCallIncoming>();
    expectTypeOf<WebhookEvent['type']>().toEqualTypeOf<
      | 'batch.cancelled'
      | 'batch.completed'
      | 'batch.expired'
      | 'batch.failed'
      | 'eval.run.canceled'
      | 'eval.run.failed'
      | 'eval.run.succeeded'
      | 'fine_tuning.job.cancelled'
      | 'fine_tuning.job.failed'
      | 'fine_tuning.job.succeeded'
      | 'live.call.incoming'
      | 'realtime.call.incoming'
      | 'response.cancelled'
      | 'response.completed'
      | 'response.failed'
      | 'response.incomplete'
    >();
  });
});
