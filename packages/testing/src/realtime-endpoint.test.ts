import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { realtimeError } from './realtime-error.js';
import { realtimeInputAudio } from './realtime-input-audio.js';
import { realtimeResponse } from './realtime-response.js';
import { startTestServer, type TestServer } from './start-test-server.js';

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
});

afterEach(async () => {
  await server.close();
});

interface Client {
  socket: WebSocket;
  events: Array<Record<string, unknown>>;
  /** Resolves with the next event of `type`: the first on the first call, the second on the next, … */
  next(type: string): Promise<Record<string, unknown>>;
  closed: Promise<{ code: number; reason: string }>;
  send(event: Record<string, unknown>): void;
}

function connect(url = server.realtime.url, options: { protocols?: string[]; headers?: Record<string, string> } = {}) {
  const socket = new WebSocket(url, options.protocols ?? [], { headers: options.headers });
  const events: Array<Record<string, unknown>> = [];
  const waiting: Array<() => void> = [];
  /** How many events of each type `next` has handed out. */
  const taken = new Map<string, number>();
  socket.on('message', (data) => {
    events.push(JSON.parse(data.toString()) as Record<string, unknown>);
    for (const wake of waiting.splice(0)) wake();
  });
  const client: Client = {
    socket,
    events,
    next(type) {
      const index = taken.get(type) ?? 0;
      taken.set(type, index + 1);
      return new Promise((resolve) => {
        const check = () => {
          const found = events.filter((event) => event.type === type)[index];
          if (found) resolve(found);
          else waiting.push(check);
        };
        check();
      });
    },
    closed: new Promise((resolve) =>
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    ),
    send(event) {
      const text = JSON.stringify(event);
      if (socket.readyState === WebSocket.OPEN) socket.send(text);
      else socket.once('open', () => socket.send(text));
    },
  };
  socket.on('error', () => {});
  return client;
}

const opened = (client: Client) =>
  new Promise<void>((resolve, reject) => {
    client.socket.once('open', resolve);
    client.socket.once('error', reject);
  });

describe('realtime endpoint', () => {
  it('sends session.created on connect and records the handshake: path, query, headers, subprotocols', async () => {
    const client = connect(`${server.realtime.url}?model=gpt-realtime-mini`, {
      protocols: ['realtime', 'openai-insecure-api-key.ek_test'],
      headers: { authorization: 'Bearer sk-test' },
    });
    const created = await client.next('session.created');
    expect(created.session).toMatchObject({ type: 'realtime', model: 'gpt-realtime-mini' });
    expect(client.socket.protocol).toBe('realtime');
    const [connection] = server.realtime.connections;
    expect(connection!.handshake).toMatchObject({
      path: '/v1/realtime',
      protocols: ['realtime', 'openai-insecure-api-key.ek_test'],
    });
    expect(connection!.handshake.query.get('model')).toBe('gpt-realtime-mini');
    expect(connection!.handshake.headers.authorization).toBe('Bearer sk-test');
    expect(server.realtime.openSockets).toBe(1);
    client.socket.close();
    await server.realtime.waitForOpenSockets(0);
    expect(connection).toMatchObject({ closed: true, closeCode: 1005 });
  });

  it('answers session updates with the merged session, and items with their ids, unscripted', async () => {
    const client = connect();
    await client.next('session.created');
    client.send({ type: 'session.update', session: { type: 'realtime', instructions: 'Be brief' } });
    client.send({ type: 'session.update', session: { type: 'realtime', output_modalities: ['text'] } });
    await client.next('session.updated');
    expect((await client.next('session.updated')).session).toMatchObject({
      instructions: 'Be brief',
      output_modalities: ['text'],
    });
    client.send({
      type: 'conversation.item.create',
      item: { id: 'item_mine', type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Hi' }] },
    });
    expect((await client.next('conversation.item.added')).item).toMatchObject({ id: 'item_mine', role: 'user' });
    await server.realtime.waitForEvents(3);
    expect(server.realtime.events.map((event) => event.type)).toEqual([
      'session.update',
      'session.update',
      'conversation.item.create',
    ]);
  });

  it('streams a scripted text response that echoes the request metadata', async () => {
    server.realtime.on('response.create', realtimeResponse({ text: 'Hello there, friend' }, { textChunk: 5 }));
    const client = connect();
    client.send({ type: 'response.create', response: { metadata: { turn: 't1' } } });
    const done = await client.next('response.done');
    expect(done.response).toMatchObject({ status: 'completed', metadata: { turn: 't1' } });
    const deltas = client.events.filter((event) => event.type === 'response.output_text.delta');
    expect(deltas.map((event) => event.delta).join('')).toBe('Hello there, friend');
    expect(deltas).toHaveLength(4);
    expect(client.events.map((event) => event.type)).toEqual([
      'session.created',
      'response.created',
      'response.output_item.added',
      'conversation.item.added',
      'response.content_part.added',
      ...deltas.map(() => 'response.output_text.delta'),
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'conversation.item.done',
      'response.done',
    ]);
  });

  it('streams audio with its transcript, and function calls', async () => {
    const audio = new Uint8Array(10_000).map((_, index) => index % 251);
    server.realtime.on(
      'response.create',
      realtimeResponse({ audio, transcript: 'Hi' }),
      realtimeResponse({ functionCall: { name: 'get_weather', arguments: { city: 'Oslo' }, callId: 'call_1' } }),
    );
    const client = connect();
    client.send({ type: 'response.create' });
    await client.next('response.done');
    const bytes = Buffer.concat(
      client.events
        .filter((event) => event.type === 'response.output_audio.delta')
        .map((event) => Buffer.from(event.delta as string, 'base64')),
    );
    expect(new Uint8Array(bytes)).toEqual(audio);
    expect((await client.next('response.output_audio_transcript.done')).transcript).toBe('Hi');
    client.send({ type: 'response.create' });
    const call = await client.next('response.function_call_arguments.done');
    expect(call).toMatchObject({ call_id: 'call_1', name: 'get_weather', arguments: '{"city":"Oslo"}' });
  });

  it('answers an unscripted response.create, an unknown event and a frame that is not JSON with error events', async () => {
    const client = connect();
    await opened(client);
    client.send({ type: 'response.create', event_id: 'evt_1' });
    expect((await client.next('error')).error).toMatchObject({ code: 'unscripted_event', event_id: 'evt_1' });
    client.socket.send('not json');
    expect((await client.next('error')).error).toMatchObject({ code: 'invalid_json' });
    expect(server.realtime.events[1]).toEqual({ type: '(invalid)', raw: 'not json' });
  });

  it('answers with a scripted error naming the event, and commits audio with a transcript', async () => {
    server.realtime.on('response.create', realtimeError('Too many', { code: 'rate_limited' }));
    server.realtime.on('input_audio_buffer.commit', realtimeInputAudio({ transcript: 'hello there' }));
    const client = connect();
    client.send({ type: 'response.create', event_id: 'evt_9' });
    expect((await client.next('error')).error).toMatchObject({ code: 'rate_limited', event_id: 'evt_9' });
    client.send({ type: 'input_audio_buffer.commit' });
    const committed = await client.next('input_audio_buffer.committed');
    const transcript = await client.next('conversation.item.input_audio_transcription.completed');
    expect(transcript).toMatchObject({ item_id: committed.item_id, transcript: 'hello there' });
  });

  it('cancels the response in progress', async () => {
    server.realtime.on('response.create', realtimeResponse({ text: 'a long answer '.repeat(20) }, { delayMs: 5 }));
    const client = connect();
    client.send({ type: 'response.create' });
    await client.next('response.output_text.delta');
    client.send({ type: 'response.cancel' });
    const done = await client.next('response.done');
    expect(done.response).toMatchObject({ status: 'cancelled', status_details: { reason: 'client_cancelled' } });
    client.send({ type: 'response.cancel', event_id: 'evt_late' });
    expect((await client.next('error')).error).toMatchObject({ code: 'response_cancel_not_active' });
  });

  it('drops a connection mid-response: with a close code, or with none', async () => {
    server.realtime.on(
      'response.create',
      realtimeResponse({ text: 'cut short' }, { faultAfterEvents: 2, fault: { close: 1011, reason: 'boom' } }),
      realtimeResponse({ text: 'cut short' }, { faultAfterEvents: 2, fault: 'destroy' }),
    );
    const first = connect();
    first.send({ type: 'response.create' });
    expect(await first.closed).toEqual({ code: 1011, reason: 'boom' });
    expect(first.events.map((event) => event.type)).toEqual([
      'session.created',
      'response.created',
      'response.output_item.added',
    ]);
    const second = connect();
    second.send({ type: 'response.create' });
    expect((await second.closed).code).toBe(1006);
  });

  it('stalls: the socket stays open and nothing more arrives', async () => {
    server.realtime.on('response.create', realtimeResponse({ text: 'never done' }, { faultAfterEvents: 1 }));
    const client = connect();
    client.send({ type: 'response.create' });
    await client.next('response.created');
    client.send({ type: 'session.update', session: { type: 'realtime' } });
    await server.realtime.waitForEvents(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(client.events.map((event) => event.type)).toEqual(['session.created', 'response.created']);
    expect(server.realtime.openSockets).toBe(1);
  });

  it('refuses upgrades as scripted, and on another path', async () => {
    server.realtime.onConnect({ reject: 401, message: 'Bad key', code: 'invalid_api_key' }, []);
    const refused = connect();
    const status = await new Promise<number>((resolve) =>
      refused.socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0)),
    );
    expect(status).toBe(401);
    const accepted = connect();
    await opened(accepted);
    expect(accepted.events).toEqual([]);
    const wrongPath = connect(`${server.url.replace('http', 'ws')}/v1/elsewhere`);
    await expect(opened(wrongPath)).rejects.toThrow(/404/);
    expect(server.realtime.connections.map((connection) => connection.refusedWith)).toEqual([401, undefined, 404]);
  });

  it('sends steps on demand, and closes its sockets with the server', async () => {
    const client = connect();
    await client.next('session.created');
    server.realtime.send({ type: 'rate_limits.updated', rate_limits: [{ name: 'requests', limit: 10 }] });
    expect((await client.next('rate_limits.updated')).rate_limits).toEqual([{ name: 'requests', limit: 10 }]);
    await server.close();
    expect((await client.closed).code).toBe(1006);
  });
});
