import type { APIPromise, Client, StreamPromise, WithRequestID } from '@org/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type BetaResponse,
  type BetaResponseStreamEvent,
  createResponse,
  type Response,
  type ResponseStreamEvent,
  type Responses,
  resumeResponseStream,
  type retrieveBetaResponse,
  retrieveResponse,
  streamBetaResponse,
  streamResponse,
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

  it('streams only through the streaming functions; the class methods keep the official switch', () => {
    // @ts-expect-error a streamed reply comes from streamResponse
    const refused = (client: Client) => createResponse(client, { model: 'gpt-4o', input: 'hi', stream: true });
    const plain = (client: Client) => createResponse(client, { model: 'gpt-4o', input: 'hi' });
    const streamed = (client: Client) => streamResponse(client, { model: 'gpt-4o', input: 'hi' });
    const fetched = (client: Client) => retrieveResponse(client, 'resp_1');
    const resumed = (client: Client) => resumeResponseStream(client, 'resp_1', { starting_after: 3 });
    const method = (responses: Responses) => responses.create({ model: 'gpt-4o', input: 'hi', stream: true });
    expectTypeOf(refused).toBeFunction();
    expectTypeOf<ReturnType<typeof plain>>().toEqualTypeOf<APIPromise<Response>>();
    expectTypeOf<ReturnType<typeof streamed>>().toEqualTypeOf<StreamPromise<ResponseStreamEvent>>();
    expectTypeOf<ReturnType<typeof fetched>>().toEqualTypeOf<APIPromise<Response>>();
    expectTypeOf<ReturnType<typeof resumed>>().toEqualTypeOf<StreamPromise<ResponseStreamEvent>>();
    expectTypeOf<ReturnType<typeof method>>().toEqualTypeOf<StreamPromise<ResponseStreamEvent>>();
  });

  it('keeps the beta surface on its own types', () => {
    const beta = (client: Client) => streamBetaResponse(client, { model: 'gpt-4o', input: 'hi' });
    expectTypeOf<ReturnType<typeof beta>>().toEqualTypeOf<StreamPromise<BetaResponseStreamEvent>>();
    expectTypeOf<Awaited<ReturnType<typeof retrieveBetaResponse>>>().toEqualTypeOf<WithRequestID<BetaResponse>>();
  });
});
