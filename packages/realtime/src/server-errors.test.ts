import { isErrorKind, type OpenAIError } from '@org/core';
import { realtimeError, realtimeResponse } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import type { RealtimeConnection } from './realtime-connection.js';
import { RealtimeResponseFailedError } from './realtime-response-failed-error.js';
import { RealtimeServerError } from './realtime-server-error.js';
import { useConnections } from './test-support/use-connections.js';

const server = useTestServer();
const connectTo = useConnections(server);

function connect(): { rt: RealtimeConnection; errors: OpenAIError[] } {
  const rt = connectTo();
  const errors: OpenAIError[] = [];
  rt.on('error', (error) => errors.push(error));
  return { rt, errors };
}

describe('server error events', () => {
  it('reject the promise of the client event they name, reach the error listeners, and leave the connection open', async () => {
    server.realtime.on(
      'session.update',
      realtimeError("Invalid value: 'loud'.", { code: 'invalid_value', param: 'session.audio.output.voice' }),
    );
    const { rt, errors } = connect();
    const raw = rt.waitFor('error');
    const error = await rt.updateSession({ audio: { output: { voice: 'loud' } } }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(RealtimeServerError);
    expect(isErrorKind(error, 'RealtimeServerError')).toBe(true);
    expect(error).toMatchObject({
      type: 'invalid_request_error',
      code: 'invalid_value',
      param: 'session.audio.output.voice',
      eventId: server.realtime.events[0]!.event_id,
      message: "Invalid value: 'loud'. (invalid_value)",
    });
    expect(errors).toEqual([error]);
    expect((await raw).error).toMatchObject({ code: 'invalid_value' });
    expect(rt.state).toBe('open');
  });

  it('reject the turn whose response.create they name', async () => {
    server.realtime.on(
      'response.create',
      realtimeError('Conversation already has an active response', {
        code: 'conversation_already_has_active_response',
      }),
    );
    const { rt } = connect();
    await expect(rt.createResponse().result()).rejects.toMatchObject({
      code: 'conversation_already_has_active_response',
    });
  });

  it('reject the item whose creation they name', async () => {
    server.realtime.on('conversation.item.create', realtimeError('Item too large', { code: 'item_too_large' }));
    const { rt } = connect();
    await expect(rt.addMessage('x'.repeat(100))).rejects.toMatchObject({ code: 'item_too_large' });
  });

  it('that name no client event fail the turn in flight', async () => {
    server.realtime.on('response.create', (event) => [
      ...realtimeResponse({ text: 'partial' }, { faultAfterEvents: 2 })(event).slice(0, 2),
      ...realtimeError('The server had an error', { type: 'server_error', withoutEventId: true })(event),
    ]);
    const { rt } = connect();
    const result = rt.createResponse().result();
    await expect(result).rejects.toBeInstanceOf(RealtimeServerError);
    await expect(result).rejects.toMatchObject({ type: 'server_error', eventId: null });
  });

  it("that name the app's own event reach only the error listeners", async () => {
    server.realtime.on('conversation.item.delete', realtimeError('No such item', { code: 'item_not_found' }));
    server.realtime.on('response.create', realtimeResponse({ text: 'fine' }, { delayMs: 10 }));
    const { rt, errors } = connect();
    const turn = rt.createResponse();
    await rt.waitFor('response.created');
    rt.send({ type: 'conversation.item.delete', event_id: 'mine_1', item_id: 'item_x' });
    expect((await turn.result()).text).toBe('fine');
    expect(errors).toHaveLength(1);
    expect((errors[0] as RealtimeServerError).eventId).toBe('mine_1');
  });

  it('a response that fails rejects its turn with RealtimeResponseFailedError', async () => {
    server.realtime.on(
      'response.create',
      realtimeResponse({ text: 'oops' }, { status: 'failed', error: { type: 'server_error', code: 'overloaded' } }),
    );
    const { rt } = connect();
    const result = rt.createResponse().result();
    await expect(result).rejects.toBeInstanceOf(RealtimeResponseFailedError);
    await expect(result).rejects.toMatchObject({ code: 'overloaded', response: { status: 'failed' } });
  });

  it('a listener that throws is reported to the error listeners; the others still run', async () => {
    const { rt, errors } = connect();
    const seen: string[] = [];
    rt.on('session.created', () => {
      throw new Error('listener bug');
    });
    rt.on('session.created', (event) => seen.push(event.type));
    await rt.waitFor('session.created');
    expect(seen).toEqual(['session.created']);
    expect(errors.map((error) => error.message)).toEqual(['A realtime listener threw: listener bug']);
  });
});
