// A script or a serverless function exits when nothing keeps Node's event loop alive. These run a call in a child
// process, where nothing else does, and check the call still settles; and, with the garbage collector exposed, that a
// dropped stream lets go of its connection.
import { useTestServer } from '@org/testing/vitest';
import { expect, it } from 'vitest';
import { repoRoot } from './support/repo-root.js';
import { runCommand } from './support/run-command.js';

const server = useTestServer();

function runScript(source: string, nodeFlags: string[] = []) {
  return runCommand(process.execPath, [...nodeFlags, '--input-type=module', '-e', source], {
    cwd: `${repoRoot}/e2e`,
    timeoutMs: 30_000,
  });
}

/**
 * Makes one call in a child process and drops what it resolves to, unread; then runs the garbage collector until the
 * call's socket closes, or gives up after two seconds. Prints whether the socket was open while the reply was held,
 * and whether it closed.
 */
function dropUnreadReply(call: string) {
  return runScript(
    `
    import { chatCompletionStream } from '@org/chat';
    import { createBinaryResponse, createClient, createEventStream } from '@org/core';
    import { responseStream } from '@org/responses';
    const client = createClient({ apiKey: 'sk-test', baseURL: ${JSON.stringify(server.baseURL)} });
    // A signal that outlives the reply, as an app-wide one would.
    const signal = new AbortController().signal;
    globalThis.appSignal = signal;
    await ${call};
    const socketOpen = () => process.getActiveResourcesInfo().includes('TCPSocketWrap');
    for (let i = 0; i < 80 && !socketOpen(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    console.log(socketOpen() ? 'open while held' : 'closed too early');
    for (let i = 0; i < 40 && socketOpen(); i++) {
      globalThis.gc();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    console.log(socketOpen() ? 'still open' : 'closed');
    process.exit(0);
  `,
    ['--expose-gc'],
  );
}

it('stays alive through the back-off before a retry, and prints the later success', async () => {
  server.on(
    'POST',
    '/chat/completions',
    { status: 500, headers: { 'retry-after-ms': '300' }, json: { error: { message: 'busy' } } },
    { json: { id: 'ok' } },
  );

  const result = await runScript(`
    import { createClient } from '@org/core';
    const client = createClient({ apiKey: 'sk-test', baseURL: ${JSON.stringify(server.baseURL)} });
    const reply = await client.request({ method: 'POST', path: '/chat/completions', body: { model: 'm' } });
    console.log(JSON.stringify(reply));
  `);

  expect(result.stderr).toBe('');
  expect(result.stdout.trim()).toBe('{"id":"ok"}');
  expect(result.code).toBe(0);
  expect(server.requests).toHaveLength(2);
});

it('closes the connection of a stream that was dropped without being read, once it is garbage-collected', async () => {
  // The server sends one event, then holds the stream open: only the client can end it.
  server.on('POST', '/chat/completions', {
    sse: [{ data: { n: 1 } }, { data: { n: 2 } }],
    fault: 'stall-mid-body',
    faultAfterChunks: 1,
  });

  const result = await dropUnreadReply(
    "client.request({ method: 'POST', path: '/chat/completions', body: {}, read: createEventStream })",
  );

  expect(result.stderr).toBe('');
  expect(result.stdout.trim().split('\n')).toEqual(['open while held', 'closed']);
  await server.waitForRequestClosed(0);
});

it('cancels the source of a rebuilt stream that was dropped without being read, once it is garbage-collected', async () => {
  const result = await runScript(
    `
    import { streamFromReadableStream } from '@org/core';
    let cancelled = 0;
    const source = () => new ReadableStream({ pull() {}, cancel() { cancelled++; } });
    streamFromReadableStream(source());
    // The caller's signal lives on: it must not keep the stream alive.
    const controller = new AbortController();
    streamFromReadableStream(source(), { signal: controller.signal });
    for (let i = 0; i < 40 && cancelled < 2; i++) {
      globalThis.gc();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    console.log(\`cancelled \${cancelled}\`, controller.signal.aborted);
  `,
    ['--expose-gc'],
  );

  expect(result.stderr).toBe('');
  expect(result.stdout.trim()).toBe('cancelled 2 false');
});

it('closes the connection of a binary reply that was dropped without being read, once it is garbage-collected', async () => {
  // Half the body, then the server waits: only the client can end it.
  server.on('GET', '/files/file_1/content', { body: 'x'.repeat(200_000), fault: 'stall-mid-body' });

  const result = await dropUnreadReply(
    "client.request({ method: 'GET', path: '/files/file_1/content', read: createBinaryResponse })",
  );

  expect(result.stderr).toBe('');
  expect(result.stdout.trim().split('\n')).toEqual(['open while held', 'closed']);
  await server.waitForRequestClosed(0);
});

it('closes the connection of a compressed stream that was dropped without being read, once it is garbage-collected', async () => {
  // The decoding streams between the socket and the reader must not keep the dropped stream alive.
  server.on('POST', '/chat/completions', {
    sse: [{ data: { n: 1 } }, { data: { n: 2 } }],
    compress: 'gzip',
    fault: 'stall-mid-body',
    faultAfterChunks: 1,
  });

  const result = await dropUnreadReply(
    "client.request({ method: 'POST', path: '/chat/completions', body: {}, read: createEventStream })",
  );

  expect(result.stderr).toBe('');
  expect(result.stdout.trim().split('\n')).toEqual(['open while held', 'closed']);
  await server.waitForRequestClosed(0);
});

it.each([
  [
    'chatCompletionStream',
    'POST',
    '/chat/completions',
    "chatCompletionStream(client, { model: 'm', messages: [] }, { signal })",
  ],
  ['responseStream', 'POST', '/responses', "responseStream(client, { model: 'm', input: 'x' }, { signal })"],
])('closes the connection of a %s dropped unread, even with a signal that lives on', async (_, method, path, call) => {
  server.on(method as 'POST', path, {
    sse: [{ data: {} }, { data: {} }],
    fault: 'stall-mid-body',
    faultAfterChunks: 1,
  });

  const result = await dropUnreadReply(call);

  expect(result.stderr).toBe('');
  expect(result.stdout.trim().split('\n')).toEqual(['open while held', 'closed']);
  await server.waitForRequestClosed(0);
});

it('lets streams aborted before they were read be garbage-collected, helpers and tee branches too', async () => {
  server.on('POST', '/chat/completions', { sse: [{ data: {} }, 'data: [DONE]\n\n'] });
  server.on('POST', '/responses', { sse: [{ data: { type: 'response.created', response: { id: 'r' } } }] });

  const result = await runScript(
    `
    import { chatCompletionStream } from '@org/chat';
    import { createClient, createEventStream, teeStream } from '@org/core';
    import { responseStream } from '@org/responses';
    const client = createClient({ apiKey: 'sk-test', baseURL: ${JSON.stringify(server.baseURL)} });
    const open = () => client.request({ method: 'POST', path: '/chat/completions', body: {}, read: createEventStream });
    const alive = { stream: [], responseStream: [], chatCompletionStream: [], teeBranch: [] };
    // A function per round, so no variable of this script still holds the last round's streams.
    async function abortUnread() {
      const stream = await open();
      stream.abort();
      alive.stream.push(new WeakRef(stream));
      const response = responseStream(client, { model: 'm', input: 'x' });
      while (!response.meta) await new Promise((resolve) => setTimeout(resolve, 1));
      response.abort();
      alive.responseStream.push(new WeakRef(response));
      const helper = chatCompletionStream(client, { model: 'm', messages: [] });
      while (!helper.meta) await new Promise((resolve) => setTimeout(resolve, 1));
      helper.abort();
      alive.chatCompletionStream.push(new WeakRef(helper));
      const [left, right] = teeStream(await open());
      left.abort();
      for await (const _ of right);
      alive.teeBranch.push(new WeakRef(left));
    }
    for (let i = 0; i < 20; i++) await abortUnread();
    for (let i = 0; i < 10; i++) {
      globalThis.gc();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const counts = Object.entries(alive).map(([name, refs]) => \`\${name} \${refs.filter((ref) => ref.deref()).length}\`);
    console.log(counts.join(', '));
    process.exit(0);
  `,
    ['--expose-gc'],
  );

  expect(result.stderr).toBe('');
  expect(result.stdout.trim()).toBe('stream 0, responseStream 0, chatCompletionStream 0, teeBranch 0');
});

it('takes a dropped chatCompletionStream off a signal that lives on, once it is garbage-collected', async () => {
  server.on('POST', '/chat/completions', { sse: [{ data: {} }, 'data: [DONE]\n\n'] });

  const result = await runScript(
    `
    import { getEventListeners } from 'node:events';
    import { chatCompletionStream } from '@org/chat';
    import { createClient } from '@org/core';
    const client = createClient({ apiKey: 'sk-test', baseURL: ${JSON.stringify(server.baseURL)} });
    const signal = new AbortController().signal;
    globalThis.appSignal = signal;
    // A function per helper, so no variable of this script still holds the last one.
    async function openAndDrop() {
      const helper = chatCompletionStream(client, { model: 'm', messages: [] }, { signal });
      while (!helper.meta) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    for (let i = 0; i < 5; i++) await openAndDrop();
    console.log('listening while held', getEventListeners(signal, 'abort').length);
    for (let i = 0; i < 40 && getEventListeners(signal, 'abort').length > 0; i++) {
      globalThis.gc();
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    console.log('listening after', getEventListeners(signal, 'abort').length);
    process.exit(0);
  `,
    ['--expose-gc'],
  );

  expect(result.stderr).toBe('');
  expect(result.stdout.trim().split('\n')).toEqual(['listening while held 1', 'listening after 0']);
});
