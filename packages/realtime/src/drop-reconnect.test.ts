import { APITimeoutError, InternalServerError } from '@org/core';
import { realtimeResponse } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import type { RealtimeConnectOptions } from './connect-options.js';
import { RealtimeClosedError } from './realtime-closed-error.js';
import type { RealtimeCloseEvent, RealtimeOpenEvent, RealtimeReconnectEvent } from './realtime-event-types.js';
import { useConnections } from './test-support/use-connections.js';

const server = useTestServer();
const connectTo = useConnections(server);

/** A connection, and what its open, close and reconnect listeners heard. */
function connect(options: Partial<RealtimeConnectOptions> = {}) {
  const rt = connectTo(options);
  const seen = {
    opens: [] as RealtimeOpenEvent[],
    closes: [] as RealtimeCloseEvent[],
    reconnects: [] as RealtimeReconnectEvent[],
  };
  rt.on('open', (event) => seen.opens.push(event));
  rt.on('close', (event) => seen.closes.push(event));
  rt.on('reconnect', (event) => seen.reconnects.push(event));
  return { rt, seen };
}

const fastReconnect = { initialDelayMs: 10, maxDelayMs: 20 };

describe('a dropped socket', () => {
  it('without reconnection: reported with its close code; the turn, done() and the iterator reject', async () => {
    server.realtime.on(
      'response.create',
      realtimeResponse({ text: 'cut' }, { faultAfterEvents: 2, fault: { close: 1011, reason: 'internal' } }),
    );
    const { rt, seen } = connect();
    const events = rt[Symbol.asyncIterator]();
    const turn = rt.createResponse();
    const error = await turn.result().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(RealtimeClosedError);
    expect(error).toMatchObject({ code: 1011, reason: 'internal', byClient: false });
    expect(String(error)).toBe('RealtimeClosedError: The realtime connection closed (code 1011: internal).');
    await expect(rt.done()).rejects.toBe(error);
    expect(seen.closes).toEqual([{ code: 1011, reason: 'internal', byClient: false, willReconnect: false }]);
    expect(rt.state).toBe('closed');
    for (let next = await events.next().catch((thrown: unknown) => thrown); ; ) {
      if (next instanceof Error) {
        expect(next).toBe(error);
        break;
      }
      next = await events.next().catch((thrown: unknown) => thrown);
    }
    expect(() => rt.send({ type: 'response.create' })).toThrow(RealtimeClosedError);
    expect(rt.listenerCount()).toBe(0);
  });

  it('cut off without a close frame: code 1006', async () => {
    server.realtime.on('response.create', realtimeResponse({ text: 'cut' }, { faultAfterEvents: 1, fault: 'destroy' }));
    const { rt } = connect();
    await expect(rt.createResponse().result()).rejects.toMatchObject({ code: 1006, byClient: false });
  });

  it('closed normally by the server: done() resolves, what waited rejects', async () => {
    server.realtime.on(
      'response.create',
      realtimeResponse({ text: 'bye' }, { faultAfterEvents: 1, fault: { close: 1000 } }),
    );
    const { rt } = connect({ reconnect: fastReconnect });
    await expect(rt.createResponse().result()).rejects.toMatchObject({ code: 1000 });
    await expect(rt.done()).resolves.toBeUndefined();
  });

  it('with reconnection: says what was lost, restores the session, and sends what was queued on the new socket', async () => {
    server.realtime.on(
      'response.create',
      realtimeResponse({ text: 'lost' }, { faultAfterEvents: 2, fault: 'destroy' }),
      realtimeResponse({ text: 'after the drop' }),
    );
    const { rt, seen } = connect({ session: { instructions: 'Be brief.' }, reconnect: fastReconnect });
    await rt.updateSession({ output_modalities: ['text'] });
    const lost = rt.createResponse();
    const error = await lost.result().catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 1006 });
    // Sent while the connection reconnects: it waits for the new socket.
    const next = rt.createResponse();
    expect((await next.result()).text).toBe('after the drop');

    expect(seen.opens).toEqual([{ reconnects: 0 }, { reconnects: 1 }]);
    expect(seen.closes).toEqual([{ code: 1006, reason: '', byClient: false, willReconnect: true }]);
    expect(seen.reconnects).toHaveLength(1);
    expect(seen.reconnects[0]).toMatchObject({ attempt: 1, code: 1006 });
    expect(seen.reconnects[0]!.lostTurns).toEqual([lost]);
    const [first, second] = server.realtime.connections;
    expect(first!.events.map((event) => event.type)).toEqual(['session.update', 'session.update', 'response.create']);
    expect(second!.events.map((event) => event.type)).toEqual(['session.update', 'response.create']);
    expect(second!.events[0]).toMatchObject({
      session: { type: 'realtime', instructions: 'Be brief.', output_modalities: ['text'] },
    });
    expect(rt.state).toBe('open');
  });

  it('with reconnection: gives up after maxAttempts failed attempts in a row, with the last failure', async () => {
    server.realtime.onConnect([], { reject: 503, message: 'Overloaded' });
    const { rt, seen } = connect({ reconnect: { ...fastReconnect, maxAttempts: 3 } });
    await rt.opened();
    server.realtime.send({ destroy: true });
    const error = await rt.done().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(seen.reconnects.map((event) => event.attempt)).toEqual([1, 2, 3]);
    expect(server.realtime.connections.map((connection) => connection.refusedWith)).toEqual([undefined, 503, 503, 503]);
  });

  it('does not reconnect when the first socket never opened', async () => {
    server.realtime.onConnect({ reject: 500 });
    const { rt, seen } = connect({ reconnect: fastReconnect });
    await expect(rt.opened()).rejects.toBeInstanceOf(InternalServerError);
    expect(seen.reconnects).toEqual([]);
    expect(server.realtime.connections).toHaveLength(1);
  });

  it('gives up on a socket that does not open within timeout', async () => {
    server.realtime.onConnect(() => new Promise(() => {}));
    const { rt } = connect({ timeout: 100 });
    const error = await rt.opened().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toMatchObject({ timeoutKind: 'attempt', timeoutMs: 100 });
  });
});
