// An upload is streamed, never held whole: checked in a child process, where the garbage collector can be run, so
// what stays in memory while the server takes its time to answer is measured exactly.
import { useTestServer } from '@org/testing/vitest';
import { expect, it } from 'vitest';
import { repoRoot } from './support/repo-root.js';
import { runCommand } from './support/run-command.js';

const server = useTestServer();

it.each([
  ['the Node transport', ''],
  ['an injected fetch', 'fetch: (url, init) => fetch(url, init),'],
])('holds an upload sent through %s in memory only while it is sent', async (_, transport) => {
  // The reply waits, so the client still holds whatever it kept of the body; the least it holds while waiting is
  // what it kept once every byte was sent, however long sending took.
  server.on('POST', '/files', { json: { id: 'file-1' }, delayMs: 4000 });
  const result = await runCommand(
    process.execPath,
    [
      '--expose-gc',
      '--input-type=module',
      '-e',
      `
      import { createClient, multipartBody, toFile } from '@org/core';
      const client = createClient({ apiKey: 'sk-test', baseURL: ${JSON.stringify(server.baseURL)}, ${transport} });
      const mib = 1024 * 1024;
      // Made from a string, so the file's own bytes are not among the array buffers measured.
      const file = new Blob(['x'.repeat(64 * mib)]);
      globalThis.gc();
      const baseline = process.memoryUsage().arrayBuffers;
      let replied = false;
      const sent = client
        .request({ method: 'POST', path: '/files', body: multipartBody({ file: toFile(file, 'a.bin') }) })
        .finally(() => { replied = true; });
      let least = Number.POSITIVE_INFINITY;
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        if (replied) break;
        globalThis.gc();
        least = Math.min(least, process.memoryUsage().arrayBuffers - baseline);
      }
      await sent;
      console.log(least < 16 * mib ? 'held little' : \`held \${Math.round(least / mib)} MiB\`);
    `,
    ],
    { cwd: `${repoRoot}/e2e`, timeoutMs: 30_000 },
  );
  expect(result.stderr).toBe('');
  expect(result.stdout.trim()).toBe('held little');
  expect(server.lastRequest()!.parts![0]!.size).toBe(64 * 1024 * 1024);
});
