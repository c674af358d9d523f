// The README's first command runs the demo tour; offline (no OPENAI_API_KEY) every example talks to the embedded
// @org/testing server. The whole tour must run to its end, each example in turn, as a new user sees it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/repo-root.js';
import { runCommand } from './support/run-command.js';

const tourEntries = readFileSync(`${repoRoot}/examples/demo.mjs`, 'utf8').match(/^ {2}\[['"]/gm) ?? [];

describe('the demo tour, offline', () => {
  it('runs every example against the local server and exits 0', async () => {
    const { OPENAI_API_KEY: _key, OPENAI_ADMIN_KEY: _adminKey, ...env } = process.env;
    const { code, stdout, stderr } = await runCommand(process.execPath, ['examples/demo.mjs'], {
      cwd: repoRoot,
      env,
      timeoutMs: 240_000,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('No OPENAI_API_KEY: using a local server at http://127.0.0.1:');
    // Each example's title follows a blank line: `\n12. A text chat over a realtime session…`.
    const numbers = [...stdout.matchAll(/\n\n(\d+)\. /g)].map((match) => Number(match[1]));
    expect(tourEntries.length).toBeGreaterThan(15);
    expect(numbers).toEqual(tourEntries.map((_, index) => index + 1));
  }, 300_000);
});
