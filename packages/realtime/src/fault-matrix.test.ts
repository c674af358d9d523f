import { createServer, type Socket } from 'node:net';
import { APITimeoutError, createClient } from '@org/core';
import { realtimeError, realtimeResponse } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import type { RealtimeConnectOptions } from './connect-options.js';
import { connectRealtime } from './connect-realtime.js';
import { RealtimeClosedError } from './realtime-closed-error.js';
import type { RealtimeConnection } from './realtime-connection.js';
import type { RealtimeCloseEvent } from './realtime-event-types.js';

/**
 * The realtime socket's row of the fault matrix (issue 14; the HTTP rows are in core's `fault-matrix.test.ts`): each
 * fault of the network or the server × what an app holds (the `opened()` promise, a pending turn's `result()`, the
 * event iterator, the `error` and `close` listeners, `done()`). Each cell asserts its documented outcome, that every
 * promise settled within a bound, that the socket is closed on both ends, that nothing rejected unhandled, and that
 * nothing was sent again that must not be (a lost turn is never asked for again on a new socket).
 */

const server = useTestServer();

/** Every wait the client makes for the server; short, so a stall is noticed quickly. */
const TIMEOUT_MS = 1500;
/** The bound within which everything an app holds must settle: generous, the machine may be loaded. */
const SETTLE_MS = 15_000;
const fastReconnect = { initialDelayMs: 10, maxDelayMs: 20, maxAttempts: 2 };

/** What an app holding a promise sees: `ok` (with a note), the class of its error, or `pending` past the bound. */
type Outcome = string;

function describeError(error: unknown): string {
  if (error instanceof RealtimeClosedError) return `RealtimeClosedError ${error.code}`;
  if (error instanceof APITimeoutError) return `APITimeoutError ${error.timeoutKind}`;
  if (error instanceof Error) return error.constructor.name;
  return `non-error ${String(error)}`;
}

async function settle<T>(promise: Promise<T>, ok: (value: T) => string = () => 'ok'): Promise<Outcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bound = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve('pending'), SETTLE_MS);
  });
  try {
    return await Promise.race([promise.then(ok, describeError), bound]);
  } finally {
    clearTimeout(timer);
  }
}

/** Drains the connection's iterator: `ok (n events)` when it ends, or its error. */
async function drain(rt: RealtimeConnection): Promise<{ types: string[]; end: Promise<Outcome> }> {
  const types: string[] = [];
  const end = (async () => {
    for await (const event of rt) types.push(event.type);
  })();
  return { types, end: settle(end) };
}

/**
 * A server on 127.0.0.1 that takes the upgrade request and never answers it, reading on so that it sees the client
 * leave (the test endpoint stops reading an upgrade's socket, so it cannot tell). `open` counts its sockets.
 */
async function silentServer(): Promise<{ baseURL: string; requests: () => number; open: () => number }> {
  let requests = 0;
  const sockets = new Set<Socket>();
  const silent = createServer((socket) => {
    sockets.add(socket);
    socket.on('data', (chunk) => {
      if (chunk.toString('latin1').startsWith('GET ')) requests++;
    });
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  onTestFinished(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });
  const { port } = silent.address() as { port: number };
  return { baseURL: `http://127.0.0.1:${port}/v1`, requests: () => requests, open: () => sockets.size };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

interface Cell {
  fault: string;
  /** Scripts the endpoint. */
  script?(): void;
  /** A server to connect to instead of the test server's endpoint. */
  target?(): Promise<string>;
  options?: Partial<RealtimeConnectOptions>;
  /** How the turn is asked for: an abort signal fired once the response started, or a turn timeout. */
  abortMidTurn?: boolean;
  expected: {
    opened: Outcome;
    turn: Outcome;
    /** A second turn asked for once the first settled (after a reconnection, or on a connection that stays open). */
    next?: Outcome;
    iterator: Outcome;
    done: Outcome;
    /** The `error` listener's errors, as `describeError` names them. */
    errors: Outcome[];
    /** The close codes the `close` listeners heard, with `willReconnect`. */
    closes: string[];
    /** Server event types the iterator must have yielded (what the listeners heard too). */
    heard?: string[];
    /** The client events each connection the endpoint saw received, by type (a lost turn never goes again). */
    sent?: string[][];
  };
}

const text = (result: { text: string }) =>
  `ok ${result.text.length > 20 ? `${result.text.length} chars` : result.text}`;

const cells: Cell[] = [
  {
    fault: 'connection refused',
    target: async () => `http://127.0.0.1:${await closedPort()}/v1`,
    expected: {
      opened: 'APIConnectionError',
      turn: 'APIConnectionError',
      iterator: 'APIConnectionError',
      done: 'APIConnectionError',
      errors: ['APIConnectionError'],
      closes: ['1006'],
    },
  },
  ...(
    [
      [401, 'AuthenticationError'],
      [429, 'RateLimitError'],
      [500, 'InternalServerError'],
    ] as const
  ).map(
    ([status, error]): Cell => ({
      fault: `upgrade answered ${status}`,
      script: () => server.realtime.onConnect({ reject: status, message: `refused ${status}` }),
      options: { reconnect: fastReconnect },
      expected: {
        opened: error,
        turn: error,
        iterator: error,
        done: error,
        errors: [error],
        closes: ['1006'],
        sent: [[]],
      },
    }),
  ),
  {
    fault: 'socket reset before session.created',
    script: () => server.realtime.onConnect([{ delayMs: 50 }, { destroy: true }]),
    expected: {
      opened: 'ok',
      turn: 'RealtimeClosedError 1006',
      iterator: 'RealtimeClosedError 1006',
      done: 'RealtimeClosedError 1006',
      errors: [],
      closes: ['1006'],
    },
  },
  {
    fault: 'socket closed (4000) before session.created',
    script: () => server.realtime.onConnect([{ delayMs: 50 }, { close: 4000, reason: 'go away' }]),
    expected: {
      opened: 'ok',
      turn: 'RealtimeClosedError 4000',
      iterator: 'RealtimeClosedError 4000',
      done: 'RealtimeClosedError 4000',
      errors: [],
      closes: ['4000'],
    },
  },
  {
    fault: 'dropped mid-turn, no reconnection',
    script: () =>
      server.realtime.on(
        'response.create',
        realtimeResponse({ text: 'cut' }, { faultAfterEvents: 2, fault: 'destroy' }),
      ),
    expected: {
      opened: 'ok',
      turn: 'RealtimeClosedError 1006',
      iterator: 'RealtimeClosedError 1006',
      done: 'RealtimeClosedError 1006',
      errors: [],
      closes: ['1006'],
      sent: [['response.create']],
    },
  },
  {
    fault: 'dropped mid-turn, with reconnection',
    script: () =>
      server.realtime.on(
        'response.create',
        realtimeResponse({ text: 'cut' }, { faultAfterEvents: 2, fault: 'destroy' }),
        realtimeResponse({ text: 'again' }),
      ),
    options: { reconnect: fastReconnect },
    expected: {
      opened: 'ok',
      turn: 'RealtimeClosedError 1006',
      next: 'ok again',
      iterator: 'ok',
      done: 'ok',
      errors: [],
      closes: ['1006 reconnecting', '1000'],
      // The lost turn is not asked for again: only the next one goes out on the new socket.
      sent: [['response.create'], ['response.create']],
    },
  },
  {
    fault: 'dropped mid-turn, reconnection refused 401',
    script: () => {
      server.realtime.onConnect([], { reject: 401, message: 'Incorrect API key provided' });
      server.realtime.on(
        'response.create',
        realtimeResponse({ text: 'cut' }, { faultAfterEvents: 2, fault: 'destroy' }),
      );
    },
    options: { reconnect: fastReconnect },
    expected: {
      opened: 'ok',
      turn: 'RealtimeClosedError 1006',
      // Asked for while reconnecting: it fails with the refusal, which another attempt would meet again.
      next: 'AuthenticationError',
      iterator: 'AuthenticationError',
      done: 'AuthenticationError',
      errors: ['AuthenticationError'],
      closes: ['1006 reconnecting', '1006'],
      sent: [['response.create'], []],
    },
  },
  {
    fault: 'clean close mid-turn (4001)',
    script: () =>
      server.realtime.on(
        'response.create',
        realtimeResponse({ text: 'cut' }, { faultAfterEvents: 3, fault: { close: 4001, reason: 'server ended it' } }),
      ),
    expected: {
      opened: 'ok',
      turn: 'RealtimeClosedError 4001',
      iterator: 'RealtimeClosedError 4001',
      done: 'RealtimeClosedError 4001',
      errors: [],
      closes: ['4001'],
      sent: [['response.create']],
    },
  },
  {
    fault: 'upgrade never answered (connect timeout)',
    target: async () => {
      silent = await silentServer();
      return silent.baseURL;
    },
    options: { reconnect: fastReconnect },
    expected: {
      opened: 'APITimeoutError attempt',
      turn: 'APITimeoutError attempt',
      iterator: 'APITimeoutError attempt',
      done: 'APITimeoutError attempt',
      errors: ['APITimeoutError attempt'],
      closes: ['1006'],
    },
  },
  {
    fault: 'stall before session.created (socket open, silent)',
    script: () => {
      server.realtime.onConnect([{ stall: true }]);
      server.realtime.on('response.create', [{ stall: true }]);
    },
    expected: {
      opened: 'ok',
      turn: 'APITimeoutError idle',
      next: 'APITimeoutError idle',
      iterator: 'ok',
      done: 'ok',
      errors: [],
      closes: ['1000'],
      sent: [['response.create', 'response.create']],
    },
  },
  {
    fault: 'stall mid-turn (turn timeout)',
    script: () =>
      server.realtime.on(
        'response.create',
        realtimeResponse({ text: 'slow' }, { faultAfterEvents: 3, fault: 'stall' }),
      ),
    expected: {
      opened: 'ok',
      turn: 'APITimeoutError idle',
      iterator: 'ok',
      done: 'ok',
      errors: [],
      closes: ['1000'],
      // A stalled response is cancelled, and not asked for again.
      sent: [['response.create', 'response.cancel']],
    },
  },
  {
    fault: 'stall mid-turn (abort by signal)',
    script: () =>
      server.realtime.on(
        'response.create',
        realtimeResponse({ text: 'slow' }, { faultAfterEvents: 3, fault: 'stall' }),
      ),
    abortMidTurn: true,
    options: { timeout: 60_000 },
    expected: {
      opened: 'ok',
      turn: 'APIUserAbortError',
      iterator: 'ok',
      done: 'ok',
      errors: [],
      closes: ['1000'],
      sent: [['response.create', 'response.cancel']],
    },
  },
  {
    fault: 'malformed (non-JSON) frame mid-turn',
    script: () =>
      server.realtime.on('response.create', (request) => [
        { raw: '{"type": "response.output_text.delta", "delta": ' },
        ...realtimeResponse({ text: 'intact' })(request),
      ]),
    expected: {
      opened: 'ok',
      turn: 'ok intact',
      next: 'ok intact',
      iterator: 'ok',
      done: 'ok',
      errors: ['StreamError', 'StreamError'],
      closes: ['1000'],
    },
  },
  {
    fault: 'oversized event (17 MiB delta)',
    script: () =>
      server.realtime.on(
        'response.create',
        realtimeResponse({ text: 'x'.repeat(17 * 1024 * 1024) }, { textChunk: 17 * 1024 * 1024 }),
      ),
    // Five events of 17 MiB each (the delta, the text, the part, the item, the response): a loaded machine may take
    // seconds between them.
    options: { timeout: 20_000 },
    expected: {
      opened: 'ok',
      turn: `ok ${17 * 1024 * 1024} chars`,
      iterator: 'ok',
      done: 'ok',
      errors: [],
      closes: ['1000'],
    },
  },
  {
    fault: 'server error event for the turn',
    script: () =>
      server.realtime.on(
        'response.create',
        realtimeError('Conversation already has an active response', {
          code: 'conversation_already_has_active_response',
        }),
        realtimeResponse({ text: 'next' }),
      ),
    expected: {
      opened: 'ok',
      turn: 'RealtimeServerError',
      next: 'ok next',
      iterator: 'ok',
      done: 'ok',
      errors: ['RealtimeServerError'],
      closes: ['1000'],
      sent: [['response.create', 'response.create']],
    },
  },
  {
    fault: 'response.done failed',
    script: () =>
      server.realtime.on(
        'response.create',
        realtimeResponse({ text: 'half' }, { status: 'failed', error: { type: 'server_error', code: 'oops' } }),
        realtimeResponse({ text: 'next' }),
      ),
    expected: {
      opened: 'ok',
      turn: 'RealtimeResponseFailedError',
      next: 'ok next',
      iterator: 'ok',
      done: 'ok',
      errors: [],
      closes: ['1000'],
      sent: [['response.create', 'response.create']],
    },
  },
  {
    fault: 'rate-limit events mid-turn',
    script: () =>
      server.realtime.on('response.create', (request) => [
        {
          type: 'rate_limits.updated',
          event_id: 'event_rl',
          rate_limits: [{ name: 'tokens', limit: 1000, remaining: 0, reset_seconds: 30 }],
        },
        ...realtimeResponse({ text: 'limited' })(request),
      ]),
    expected: {
      opened: 'ok',
      turn: 'ok limited',
      next: 'ok limited',
      iterator: 'ok',
      done: 'ok',
      errors: [],
      closes: ['1000'],
      heard: ['rate_limits.updated'],
      sent: [['response.create', 'response.create']],
    },
  },
];

/** The server of the cell that never answers the upgrade. */
let silent: Awaited<ReturnType<typeof silentServer>> | undefined;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  silent = undefined;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe('fault matrix: realtime socket', () => {
  it.each(cells)(
    '$fault',
    async (cell) => {
      cell.script?.();
      const baseURL = (await cell.target?.()) ?? server.baseURL;
      const rt = connectRealtime(createClient({ apiKey: 'sk-test', baseURL }), {
        model: 'gpt-realtime',
        timeout: TIMEOUT_MS,
        ...cell.options,
      } as RealtimeConnectOptions);
      onTestFinished(() => rt.close());
      const errors: string[] = [];
      const closes: string[] = [];
      const heard: string[] = [];
      rt.on('error', (error) => errors.push(describeError(error)));
      for (const type of cell.expected.heard ?? [])
        rt.on(type as 'rate_limits.updated', (event) => heard.push(event.type));
      rt.on('close', (event: RealtimeCloseEvent) =>
        closes.push(`${event.code}${event.willReconnect ? ' reconnecting' : ''}`),
      );
      const events = await drain(rt);
      const done = settle(rt.done());
      const opened = settle(rt.opened());

      const abort = new AbortController();
      if (cell.abortMidTurn) rt.on('response.created', () => abort.abort());
      const turn = settle(rt.createResponse(undefined, { signal: abort.signal }).result(), text);
      const outcomes: Record<string, Outcome> = { opened: await opened, turn: await turn };
      if (cell.expected.next) {
        outcomes.next = await settle(rt.createResponse().result(), text);
      }
      // The app is done with the connection: a close after the connection ended is a no-op.
      const closed = await settle(rt.close());
      outcomes.iterator = await events.end;
      outcomes.done = await done;

      expect({ ...outcomes, closed, errors, closes }).toEqual({
        opened: cell.expected.opened,
        turn: cell.expected.turn,
        ...(cell.expected.next ? { next: cell.expected.next } : {}),
        iterator: cell.expected.iterator,
        done: cell.expected.done,
        closed: 'ok',
        errors: cell.expected.errors,
        closes: cell.expected.closes,
      });
      expect(rt.state).toBe('closed');
      // Every listener is let go once the connection is over.
      expect(rt.listenerCount()).toBe(0);
      for (const type of cell.expected.heard ?? []) {
        expect(events.types).toContain(type);
        expect(heard).toContain(type);
      }
      // Closed on the server's end too: every connection the endpoint saw is closed, and no socket is left open.
      await server.realtime.waitForOpenSockets(0, SETTLE_MS);
      expect(server.realtime.connections.filter((connection) => !connection.closed)).toEqual([]);
      if (silent) {
        // One upgrade asked for (the first socket never opened: no reconnection), and given up on by the client.
        expect(silent.requests()).toBe(1);
        await expect.poll(() => silent?.open(), { timeout: SETTLE_MS }).toBe(0);
      }
      if (cell.expected.sent) {
        expect(
          server.realtime.connections.map((connection) =>
            connection.events.map((event) => event.type).filter((type) => type.startsWith('response.')),
          ),
        ).toEqual(cell.expected.sent);
      }
      // Rejections surface a turn later; give them the chance before asserting there were none.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    },
    60_000,
  );
});
