import { APITimeoutError, APIUserAbortError, StreamError } from '@org/core';
import { realtimeResponse } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { RealtimeServerEvent, RealtimeServerEventResponseTextDelta } from './generated/types.js';
import type { RealtimeUnknownEvent } from './realtime-event-types.js';
import { useConnections } from './test-support/use-connections.js';

const server = useTestServer();
const connect = useConnections(server);

describe('a text turn', () => {
  it('updates the session, adds a message, and assembles the response; listeners are typed by event type', async () => {
    server.realtime.on('response.create', realtimeResponse({ text: 'Hello! How can I help?' }, { textChunk: 4 }));
    const rt = connect();
    const deltas: string[] = [];
    rt.on('response.output_text.delta', (event) => {
      expectTypeOf(event).toEqualTypeOf<RealtimeServerEventResponseTextDelta>();
      deltas.push(event.delta);
    });
    const session = await rt.updateSession({ output_modalities: ['text'], instructions: 'Be brief.' });
    expect(session).toMatchObject({ type: 'realtime', output_modalities: ['text'], instructions: 'Be brief.' });
    expect(rt.session).toBe(session);
    const item = await rt.addMessage('Hi there');
    expect(item).toMatchObject({ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Hi there' }] });

    const turn = rt.createResponse({ metadata: { topic: 'greeting' } });
    const result = await turn.result();
    expect(result).toMatchObject({
      status: 'completed',
      text: 'Hello! How can I help?',
      transcript: '',
      functionCalls: [],
    });
    expect(result.responses).toHaveLength(1);
    expect(result.audio.byteLength).toBe(0);
    expect(deltas.join('')).toBe('Hello! How can I help?');
    const [update, create, response] = server.realtime.events;
    expect(update).toMatchObject({ type: 'session.update', session: { type: 'realtime', instructions: 'Be brief.' } });
    expect(create).toMatchObject({ type: 'conversation.item.create', item: { id: item.id } });
    expect(response).toMatchObject({ type: 'response.create', response: { metadata: { topic: 'greeting' } } });
  });

  it("streams the turn's own events when iterated, and settles before the last one is read", async () => {
    server.realtime.on('response.create', realtimeResponse({ text: 'One, two, three' }));
    const rt = connect();
    const turn = rt.createResponse();
    const types: string[] = [];
    let text = '';
    for await (const event of turn) {
      types.push(event.type);
      if (event.type === 'response.output_text.delta') text += event.delta;
      if (event.type === 'response.done') break;
    }
    expect(text).toBe('One, two, three');
    expect(types[0]).toBe('response.created');
    expect(types.at(-1)).toBe('response.done');
    expect((await turn.result()).text).toBe('One, two, three');
    await turn.done();
  });

  it('iterates every server event from then on, unknown types untouched; leaving the loop closes the connection', async () => {
    const rt = connect();
    await rt.opened();
    const unknown: RealtimeUnknownEvent[] = [];
    rt.on('conversation.future_event', (event) => unknown.push(event));
    server.realtime.send({ type: 'conversation.future_event', event_id: 'event_f', shiny: true });
    const seen: RealtimeServerEvent[] = [];
    for await (const event of rt) {
      seen.push(event);
      if (event.type === ('conversation.future_event' as string)) break;
    }
    expect(seen).toEqual([{ type: 'conversation.future_event', event_id: 'event_f', shiny: true }]);
    expect(unknown).toEqual(seen);
    await rt.done();
    expect(rt.state).toBe('closed');
    expect(() => rt[Symbol.asyncIterator]()).toThrow(StreamError);
  });

  it('reports a frame that is not an event to the error listeners and goes on', async () => {
    server.realtime.onConnect([
      { raw: 'not json' },
      { raw: '{"no":"type"}' },
      { type: 'session.created', session: {} },
    ]);
    const rt = connect();
    const errors: unknown[] = [];
    rt.on('error', (error) => errors.push(error));
    await rt.waitFor('session.created');
    expect(errors).toHaveLength(2);
    expect(errors.every((error) => error instanceof StreamError)).toBe(true);
    expect(rt.state).toBe('open');
  });

  it('tells its turns apart by the metadata the server echoes, and leaves the responses the server began alone', async () => {
    const rt = connect();
    await rt.opened();
    server.realtime.on('response.create', realtimeResponse({ text: 'mine' }));
    expect((await rt.createResponse().result()).text).toBe('mine');
    // A response the server starts itself (voice activity) carries no tag: no turn takes it.
    server.realtime.on('response.create', realtimeResponse({ text: 'second' }, { delayMs: 30 }));
    const turn = rt.createResponse();
    server.realtime.send(...realtimeResponse({ text: 'from the server' })({ type: 'response.create' }));
    expect((await turn.result()).text).toBe('second');
  });

  it('takes responses in order from a server that does not echo metadata', async () => {
    const rt = connect();
    // It drops the metadata of the request.
    server.realtime.on('response.create', (event) =>
      realtimeResponse({ text: `answer ${server.realtime.events.length}` })({ ...event, response: {} }),
    );
    const first = rt.createResponse();
    const second = rt.createResponse();
    expect((await first.result()).text).toBe('answer 1');
    expect((await second.result()).text).toBe('answer 2');
  });

  it('cancels: the turn ends with what arrived, its status cancelled', async () => {
    server.realtime.on('response.create', realtimeResponse({ text: 'a very long answer '.repeat(30) }, { delayMs: 5 }));
    const rt = connect();
    const turn = rt.createResponse();
    await rt.waitFor('response.output_text.delta');
    const responseId = turn.responseId;
    expect(responseId).toMatch(/^resp_/);
    turn.cancel();
    const result = await turn.result();
    expect(result.status).toBe('cancelled');
    expect(result.text.length).toBeGreaterThan(0);
    expect(result.text.length).toBeLessThan('a very long answer '.repeat(30).length);
    expect(server.realtime.events.at(-1)).toMatchObject({ type: 'response.cancel', response_id: responseId });
  });

  it('aborts when the loop is left early: the result rejects and the response is cancelled', async () => {
    server.realtime.on('response.create', realtimeResponse({ text: 'a long one '.repeat(30) }, { delayMs: 5 }));
    const rt = connect();
    const turn = rt.createResponse();
    for await (const event of turn) if (event.type === 'response.output_text.delta') break;
    await expect(turn.result()).rejects.toBeInstanceOf(APIUserAbortError);
    await server.realtime.waitForEvents(2);
    expect(server.realtime.events[1]).toMatchObject({ type: 'response.cancel' });
  });

  it('aborts through its signal', async () => {
    server.realtime.on('response.create', realtimeResponse({ text: 'slow' }, { delayMs: 50 }));
    const rt = connect();
    const controller = new AbortController();
    const turn = rt.createResponse({}, { signal: controller.signal });
    await rt.waitFor('response.created');
    controller.abort();
    await expect(turn.result()).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('gives up on a response the server stalls, after timeout', async () => {
    server.realtime.on('response.create', realtimeResponse({ text: 'never finished' }, { faultAfterEvents: 3 }));
    const rt = connect();
    const turn = rt.createResponse({}, { timeout: 150 });
    const error = await turn.result().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toMatchObject({ timeoutKind: 'idle', timeoutMs: 150 });
    expect(rt.state).toBe('open');
  });
});
