// The packages in Deno, Bun and workerd (binaries from the npm registry, installed by .ci/run into .tools/runtimes),
// each bundled with that runtime's export condition as its bundler would, talking to the local test server.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sseDone } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleForBrowser } from './support/bundle-for-browser.js';
import { findRuntime } from './support/find-runtime.js';
import { repoRoot } from './support/repo-root.js';
import { runCommand } from './support/run-command.js';
import { runInWorkerd } from './support/run-in-workerd.js';

const server = useTestServer();
const required = process.env.CI === 'true';
const app = path.join(repoRoot, 'e2e/fixtures/runtime-smoke-app.ts');
const workDir = mkdtempSync(path.join(os.tmpdir(), 'runtime-smoke-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const expected = { reply: 'Hello from the server', requestId: 'req_runtime_1', streamed: 'Hello, runtime' };

function scriptReplies(): void {
  server.on('POST', '/chat/completions', (request) =>
    (request.json() as { stream?: boolean }).stream
      ? {
          sse: [
            { data: { choices: [{ index: 0, delta: { content: 'Hello' } }] } },
            { data: { choices: [{ index: 0, delta: { content: ', runtime' } }] } },
            sseDone,
          ],
        }
      : {
          headers: { 'x-request-id': 'req_runtime_1' },
          json: { id: 'chatcmpl-1', choices: [{ index: 0, message: { role: 'assistant', content: expected.reply } }] },
        },
  );
}

/** Bundles the smoke app with a runtime's conditions; no Node built-in may slip in. */
async function bundleSmoke(source: string, conditions: string[]): Promise<string> {
  const bundle = await bundleForBrowser(
    { source, resolveDir: path.join(repoRoot, 'e2e') },
    { platform: 'neutral', conditions, mainFields: ['module', 'main'], minify: false },
  );
  expect(bundle.nodeBuiltins).toEqual([]);
  return bundle.code;
}

const printResult = (baseURL: string) =>
  `import { runSmoke } from ${JSON.stringify(app)};\nconsole.log(JSON.stringify(await runSmoke(${JSON.stringify(baseURL)})));\n`;

async function runScript(command: string, args: string[], code: string): Promise<unknown> {
  const file = path.join(workDir, `smoke-${path.basename(command)}.mjs`);
  writeFileSync(file, code);
  const result = await runCommand(command, [...args, file], {
    cwd: workDir,
    env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    timeoutMs: 60_000,
  });
  if (result.code !== 0) throw new Error(`${command} exited ${result.code}:\n${result.stderr}${result.stdout}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '');
}

describe('other runtimes', () => {
  const deno = findRuntime('deno');
  it.skipIf(!deno && !required)('Deno runs a chat completion and a stream with only --allow-net', async () => {
    if (!deno) throw new Error('deno is not installed: npm i --prefix .tools/runtimes deno (.ci/run does)');
    scriptReplies();
    const code = await bundleSmoke(printResult(server.baseURL), ['deno']);
    expect(await runScript(deno, ['run', '--no-prompt', '--allow-net=127.0.0.1'], code)).toEqual(expected);
  });

  const bun = findRuntime('bun');
  it.skipIf(!bun && !required)('Bun runs a chat completion and a stream', async () => {
    if (!bun) throw new Error('bun is not installed: npm i --prefix .tools/runtimes bun (.ci/run does)');
    scriptReplies();
    const code = await bundleSmoke(printResult(server.baseURL), ['bun']);
    expect(await runScript(bun, ['run'], code)).toEqual(expected);
  });

  const workerd = findRuntime('workerd');
  it.skipIf(!workerd && !required)(
    'a workerd (Cloudflare Workers) worker runs a chat completion and a stream',
    async () => {
      if (!workerd) throw new Error('workerd is not installed: npm i --prefix .tools/runtimes workerd (.ci/run does)');
      scriptReplies();
      const worker = `import { runSmoke } from ${JSON.stringify(app)};
export default {
  async fetch() {
    try {
      return Response.json(await runSmoke(${JSON.stringify(server.baseURL)}));
    } catch (error) {
      return Response.json({ failure: String(error?.stack ?? error) }, { status: 500 });
    }
  },
};
`;
      const code = await bundleSmoke(worker, ['workerd', 'worker']);
      expect(await runInWorkerd(workerd, code)).toEqual(expected);
    },
  );
});
