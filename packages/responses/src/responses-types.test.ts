import type { Client, Stream } from '@org/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type BetaResponse,
  type BetaResponseStreamEvent,
  createResponse,
  type Response,
  type ResponseStreamEvent,
  resumeResponseStream,
  retrieveBetaResponse,
  retrieveResponse,
} from './index.js';

// Type-level checks: these functions are compiled by `pnpm typecheck`, never called.
describe('responses types', () => {
  it('narrows stream events by their type', () => {
    const handle = (event: ResponseStreamEvent) => {
      if (event.type === 'response.output_text.delta') expectTypeOf(event.delta).toEqualTypeOf<string>();
      if (event.type === 'response.completed') expectTypeOf(event.response).toEqualTypeOf<Response>();
    };
    expectTypeOf(handle).toBeFunction();
  });

  it('streams create and retrieve only when asked', () => {
    const streamed = (client: Client) => createResponse(client, { model: 'gpt-4o', input: 'hi', stream: true });
    const plain = (client: Client) => createResponse(client, { model: 'gpt-4o', input: 'hi' });
    const resumed = (client: Client) => retrieveResponse(client, 'resp_1', { stream: true, starting_after: 3 });
    const fetched = (client: Client) => retrieveResponse(client, 'resp_1');
    const forced = (client: Client) => resumeResponseStream(client, 'resp_1', { starting_after: 3 });
    expectTypeOf<ReturnType<typeof streamed>>().toEqualTypeOf<Promise<Stream<ResponseStreamEvent>>>();
    expectTypeOf<ReturnType<typeof plain>>().toEqualTypeOf<Promise<Response>>();
    expectTypeOf<ReturnType<typeof resumed>>().toEqualTypeOf<Promise<Stream<ResponseStreamEvent>>>();
    expectTypeOf<ReturnType<typeof fetched>>().toEqualTypeOf<Promise<Response>>();
    expectTypeOf<ReturnType<typeof forced>>().toEqualTypeOf<Promise<Stream<ResponseStreamEvent>>>();
  });

  it('keeps the beta surface on its own types', () => {
    const beta = (client: Client) => retrieveBetaResponse(client, 'resp_1', { stream: true });
    expectTypeOf<ReturnType<typeof beta>>().toEqualTypeOf<Promise<Stream<BetaResponseStreamEvent>>>();
    expectTypeOf<Awaited<ReturnType<typeof retrieveBetaResponse>>>().toExtend<
      BetaResponse | Stream<BetaResponseStreamEvent>
    >();
  });
});
