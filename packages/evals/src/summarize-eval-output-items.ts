import type { EvalCriterionSummary, EvalRunSummary } from './eval-run-summary.js';
import type { EvalRunOutputItem } from './generated/types.js';
import { rateOf } from './rate-of.js';

interface Tally {
  passed: number;
  failed: number;
  scores: number;
  scored: number;
}

/**
 * Pass rates from a run's output items, read once as they come: `listEvalRunOutputItems(client, evalId, runId)`
 * across all its pages, or any iterable of items (a filtered list, items from several runs). An item counts as passed
 * when its `status` is `pass`, failed when `fail`, and errored otherwise; each of its `results` counts for the testing
 * criterion it names, with its `score` in the criterion's mean.
 */
export async function summarizeEvalOutputItems(
  items: AsyncIterable<EvalRunOutputItem> | Iterable<EvalRunOutputItem>,
): Promise<EvalRunSummary> {
  let passed = 0;
  let failed = 0;
  let errored = 0;
  const criteria = new Map<string, Tally>();
  for await (const item of items) {
    if (item.status === 'pass') passed++;
    else if (item.status === 'fail') failed++;
    else errored++;
    for (const result of item.results ?? []) {
      const tally = criteria.get(result.name) ?? { passed: 0, failed: 0, scores: 0, scored: 0 };
      criteria.set(result.name, tally);
      if (result.passed) tally.passed++;
      else tally.failed++;
      if (typeof result.score === 'number' && Number.isFinite(result.score)) {
        tally.scores += result.score;
        tally.scored++;
      }
    }
  }
  const total = passed + failed + errored;
  return {
    total,
    passed,
    failed,
    errored,
    passRate: rateOf(passed, total),
    criteria: [...criteria].map(([name, tally]): EvalCriterionSummary => {
      const summary: EvalCriterionSummary = {
        name,
        passed: tally.passed,
        failed: tally.failed,
        passRate: rateOf(tally.passed, tally.passed + tally.failed),
      };
      if (tally.scored > 0) summary.meanScore = tally.scores / tally.scored;
      return summary;
    }),
  };
}
