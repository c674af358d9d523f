// The fine-tuning and evals examples, run offline as `pnpm demo` runs them: against @org/testing with their scripted
// replies.
import { readFileSync } from 'node:fs';
import { createClient } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import * as evalRun from '../examples/eval-run.mjs';
import * as fineTune from '../examples/fine-tune.mjs';
import { type Example, runExampleOffline } from './support/run-example-offline.js';

const server = useTestServer();

const runOffline = (example: Example) =>
  runExampleOffline(server, example, createClient({ apiKey: 'sk-local', baseURL: server.baseURL }));

describe('fine-tuning and evals examples', () => {
  it('fine-tunes from a JSONL file, printing the events as they are logged, the checkpoints and the metrics', async () => {
    const lines = await runOffline(fineTune);
    const upload = server.requests.find((request) => request.routePath === '/files');
    const training = upload?.parts?.find((part) => part.name === 'file')?.text() ?? '';
    expect(training.trimEnd().split('\n')).toHaveLength(10);
    const events = lines.filter((line) => line.startsWith('  [info] '));
    expect(events[0]).toBe('  [info] Validating training file: file-training');
    expect(events.at(-1)).toBe('  [info] The job has successfully completed');
    expect(events).toHaveLength(new Set(events).size);
    expect(events.filter((line) => line.includes('Step '))).toHaveLength(6);
    // The events arrived while the job ran: read after each check, not once at the end.
    const routes = server.requests.map((request) => request.routePath.replace(/^\/fine_tuning\/jobs\/[^/]+/, 'job'));
    expect(routes.filter((route) => route === 'job/events').length).toBeGreaterThanOrEqual(6);
    expect(routes.indexOf('job/events')).toBeLessThan(routes.lastIndexOf('job'));
    expect(lines).toContain('Checkpoint at step 3: ft:gpt-4o-mini-2024-07-18:org-local:capitals:local1:ckpt-step-3');
    expect(lines).toContain('     3      0.7000      0.7667');
    expect(lines).toContain('     4      0.5250           -');
  });

  it('runs an eval, printing its progress, its pass rates, the failed items and the mean scores', async () => {
    const lines = await runOffline(evalRun);
    expect(lines).toContain('  in_progress: 2 graded, 1 passed');
    expect(lines).toContain('Run completed: 3 of 5 passed (60 %).');
    expect(lines).toContain('  Capital mentioned-2: 4 passed, 1 failed (80 %)');
    expect(lines).toContain('  Switzerland: answered "Zurich"');
    expect(lines).toContain('  Exact capital-1: 0.60');
    const pages = server.requests.filter((request) => request.routePath.endsWith('/output_items'));
    expect(pages.length).toBeGreaterThan(3);
    expect(server.requests.at(-1)).toMatchObject({ method: 'DELETE', routePath: '/evals/eval_local' });
  });

  it('both are in the demo tour', () => {
    const tour = readFileSync(new URL('../examples/demo.mjs', import.meta.url), 'utf8');
    expect(tour).toContain("import * as fineTune from './fine-tune.mjs';");
    expect(tour).toContain("import * as evalRun from './eval-run.mjs';");
    expect(tour).toMatch(/, fineTune\],/);
    expect(tour).toMatch(/, evalRun\],/);
  });
});
