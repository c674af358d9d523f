// A script or a serverless function exits when nothing keeps Node's event loop alive. These run a call in a child
// process, where nothing else does, and check the call still settles.
import { useTestServer } from '@org/testing/vitest';
import { expect, it } from 'vitest';
import { repoRoot } from './support/repo-root.js';
import { runCommand } from './support/run-command.js';

const server = useTestServer();

function runScript(source: string) {
  return runCommand(process.execPath, ['--input-type=module', '-e', source], {
    cwd: `${repoRoot}/e2e`,
    timeoutMs: 30_000,
  });
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
