import { createClient } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { listEvalRunOutputItems } from './generated/functions/list-eval-run-output-items.js';
import { summarizeEvalOutputItems } from './summarize-eval-output-items.js';
import { summarizeEvalRun } from './summarize-eval-run.js';
import { fakeOutputItem, fakeRun, serveOutputItems } from './test-support/evals-api.js';

const server = useTestServer();

describe('summarizeEvalRun', () => {
  it("gives the run's pass rates overall and per testing criterion from its own counts", () => {
    const run = fakeRun('completed', {
      result_counts: { total: 10, errored: 1, failed: 3, passed: 6 },
      per_testing_criteria_results: [
        { testing_criteria: 'exact-1', passed: 6, failed: 3 },
        { testing_criteria: 'tone-2', passed: 9, failed: 0 },
        { testing_criteria: 'unused-3', passed: 0, failed: 0 },
      ],
    });
    expect(summarizeEvalRun(run)).toEqual({
      total: 10,
      passed: 6,
      failed: 3,
      errored: 1,
      passRate: 0.6,
      criteria: [
        { name: 'exact-1', passed: 6, failed: 3, passRate: 6 / 9 },
        { name: 'tone-2', passed: 9, failed: 0, passRate: 1 },
        { name: 'unused-3', passed: 0, failed: 0, passRate: null },
      ],
    });
  });

  it('gives null rates for a run with no item yet', () => {
    expect(summarizeEvalRun(fakeRun('queued'))).toMatchObject({ total: 0, passRate: null, criteria: [] });
  });
});

describe('summarizeEvalOutputItems', () => {
  const items = Array.from({ length: 7 }, (_, index) => {
    const n = index + 1;
    const exact = n % 3 !== 0;
    const status = n === 7 ? 'error' : exact ? 'pass' : 'fail';
    return fakeOutputItem(n, status, [
      { name: 'exact-1', passed: exact, score: exact ? 1 : 0 },
      { name: 'similar-2', passed: true, score: 0.5 + n / 100 },
    ]);
  });

  it("reads the run's output items across every page and gives pass rates and mean scores per criterion", async () => {
    serveOutputItems(server, items);
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
    const summary = await summarizeEvalOutputItems(listEvalRunOutputItems(client, 'eval_1', 'evalrun_1', { limit: 3 }));
    expect(summary).toEqual({
      total: 7,
      passed: 4,
      failed: 2,
      errored: 1,
      passRate: 4 / 7,
      criteria: [
        { name: 'exact-1', passed: 5, failed: 2, passRate: 5 / 7, meanScore: 5 / 7 },
        { name: 'similar-2', passed: 7, failed: 0, passRate: 1, meanScore: expect.closeTo(0.54, 10) },
      ],
    });
    expect(server.requests.map((request) => request.query.get('after'))).toEqual([
      null,
      'outputitem_3',
      'outputitem_6',
    ]);
  });

  it('takes any iterable of items: the failed ones only, as the list filters them', async () => {
    serveOutputItems(server, items);
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
    const failed = [];
    for await (const item of listEvalRunOutputItems(client, 'eval_1', 'evalrun_1', { status: 'fail', limit: 1 })) {
      failed.push(item);
    }
    expect(failed.map((item) => item.id)).toEqual(['outputitem_3', 'outputitem_6']);
    expect(await summarizeEvalOutputItems(failed)).toMatchObject({ total: 2, failed: 2, passRate: 0 });
    expect(await summarizeEvalOutputItems([])).toEqual({
      total: 0,
      passed: 0,
      failed: 0,
      errored: 0,
      passRate: null,
      criteria: [],
    });
  });
});
