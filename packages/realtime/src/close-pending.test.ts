import { APIUserAbortError, createClient, InvalidInputError } from '@org/core';
import { realtimeResponse } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connectRealtime } from './connect-realtime.js';
import type { RealtimeClientEvent } from './generated/types.js';
import { RealtimeClosedError } from './realtime-closed-error.js';
import { RealtimeSendBufferFullError } from './realtime-send-buffer-full-error.js';

const server = useTestServer();
const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL });

/** How each promise settled: the error's class name, or 'resolved'. */
const outcomes = (promises: Record<string, Promise<unknown>>) =>
  Promise.all(
    Object.entries(promises).map(([name, promise]) =>
      promise.then(
        () => [name, 'resolved'],
        (error: Error) => [name, error.constructor.name],
      ),
    ),
  ).then(Object.fromEntries);

describe('closing with work pending', () => {
  it('settles every promise at once: turns, confirmations, audio, waits, the iterator; then the socket closes', async () => {
    // The server takes everything and answers nothing more.
    server.realtime.on('*', [{ stall: true }]);
    server.realtime.on('response.create', realtimeResponse({ text: 'never ends' }, { faultAfterEvents: 2 }));
    const rt = connectRealtime(client(), { model: 'gpt-realtime', maxBufferedBytes: 1024 });
    await rt.opened();
    const events = rt[Symbol.asyncIterator]();
    const pending = {
      turn: rt.createResponse().result(),
      session: rt.updateSession({ instructions: 'x' }),
      item: rt.addMessage('hello'),
      commit: rt.commitAudio(),
      transcript: rt.inputTranscript('item_1'),
      waitFor: rt.waitFor('rate_limits.updated'),
      next: (async () => {
        while (!(await events.next()).done);
      })(),
    };
    await server.realtime.waitForEvents(4);
    // Audio longer than the buffer: still going out when the connection closes.
    const audio = rt.appendAudio(new Uint8Array(4 * 1024 * 1024));

    await rt.close(4000, 'done here');

    expect(await outcomes(pending)).toEqual({
      turn: 'RealtimeClosedError',
      session: 'RealtimeClosedError',
      item: 'RealtimeClosedError',
      commit: 'RealtimeClosedError',
      transcript: 'RealtimeClosedError',
      waitFor: 'RealtimeClosedError',
      next: 'resolved',
    });
    await expect(audio).rejects.toBeInstanceOf(RealtimeClosedError);
    const error = await pending.turn.catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 4000, reason: 'done here', byClient: true });
    expect(String(error)).toBe('RealtimeClosedError: The realtime connection was closed (code 4000: done here).');
    await expect(rt.done()).resolves.toBeUndefined();
    await server.realtime.waitForOpenSockets(0);
    expect(server.realtime.connections[0]).toMatchObject({ closed: true, closeCode: 4000, closeReason: 'done here' });
    expect(() => rt.send({ type: 'response.create' })).toThrow(RealtimeClosedError);
    await expect(rt.appendAudio(new Uint8Array(2))).rejects.toBeInstanceOf(RealtimeClosedError);
    await expect(rt.createResponse().result()).rejects.toBeInstanceOf(RealtimeClosedError);
  });

  it('settles the open wait and what was queued before the socket opened', async () => {
    server.realtime.onConnect(() => new Promise(() => {}));
    const rt = connectRealtime(client(), { model: 'gpt-realtime' });
    const turn = rt.createResponse().result();
    const opened = rt.opened();
    await rt.close();
    await expect(opened).rejects.toBeInstanceOf(RealtimeClosedError);
    await expect(turn).rejects.toBeInstanceOf(RealtimeClosedError);
    await expect(rt.done()).resolves.toBeUndefined();
  });

  it('through its signal: what waits rejects with APIUserAbortError', async () => {
    server.realtime.on('response.create', realtimeResponse({ text: 'slow' }, { delayMs: 100 }));
    const controller = new AbortController();
    const rt = connectRealtime(client(), { model: 'gpt-realtime', signal: controller.signal });
    const turn = rt.createResponse().result();
    await rt.waitFor('response.created');
    controller.abort();
    await expect(turn).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(rt.done()).rejects.toBeInstanceOf(APIUserAbortError);
    await server.realtime.waitForOpenSockets(0);
  });

  it('refuses a close code a WebSocket may not send', () => {
    const rt = connectRealtime(client(), { model: 'gpt-realtime' });
    expect(() => rt.close(1006)).toThrow(InvalidInputError);
    return rt.close();
  });
});

describe('the send buffer', () => {
  it('throws RealtimeSendBufferFullError once what waits to go out would pass maxBufferedBytes', async () => {
    server.realtime.onConnect(() => new Promise(() => {}));
    const rt = connectRealtime(client(), { model: 'gpt-realtime', maxBufferedBytes: 200 });
    const item: RealtimeClientEvent = {
      type: 'conversation.item.create',
      item: { type: 'message', role: 'user', content: [] },
    };
    rt.send(item);
    rt.send(item);
    const waiting = rt.bufferedBytes;
    expect(waiting).toBe(2 * JSON.stringify(item).length);
    let error: unknown;
    try {
      rt.send(item);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(RealtimeSendBufferFullError);
    expect(error).toMatchObject({
      bufferedBytes: waiting,
      eventBytes: JSON.stringify(item).length,
      maxBufferedBytes: 200,
    });
    expect(rt.bufferedBytes).toBe(waiting);
    await rt.close();
  });
});
