// `pnpm size:explain` traces a size scenario's bundle back to the source files it is made of.
import { expect, it } from 'vitest';
import { repoRoot } from './support/repo-root.js';
import { runCommand } from './support/run-command.js';

it('names what each source file costs the chat completion + stream bundle', async () => {
  const run = await runCommand('node', ['size/explain-size.mjs', 'chat: completion + stream'], { cwd: repoRoot });
  expect(run.code, run.stderr).toBe(0);
  const [heading, , , ...rows] = run.stdout.trim().split('\n');
  expect(heading).toMatch(/^chat: completion \+ stream: \d+\.\d\d KB gzip, \d+ bytes minified$/);
  const sources = rows.map((row) => row.trim().split(/\s+/)[2] ?? '');
  expect(sources).toContain('core/src/request/send-request.ts');
  expect(sources).toContain('core/src/streaming/sse-parser.ts');
  // The browser build: the fetch transport, never undici.
  expect(sources).toContain('core/src/transport/create-fetch-transport.ts');
  expect(sources.filter((source) => source.includes('undici'))).toEqual([]);
}, 60_000);
