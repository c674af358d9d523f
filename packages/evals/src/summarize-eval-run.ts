import type { EvalRunSummary } from './eval-run-summary.js';
import type { EvalRun } from './generated/types.js';
import { rateOf } from './rate-of.js';

/**
 * A run's pass rates from its own counts, without a request: overall from `result_counts`, per testing criterion from
 * `per_testing_criteria_results`. A run still going gives its counts so far. For mean scores, or a summary of some
 * items only, `summarizeEvalOutputItems` reads the output items instead.
 */
export function summarizeEvalRun(run: EvalRun): EvalRunSummary {
  const { total = 0, passed = 0, failed = 0, errored = 0 } = run.result_counts ?? {};
  return {
    total,
    passed,
    failed,
    errored,
    passRate: rateOf(passed, total),
    criteria: (run.per_testing_criteria_results ?? []).map((criterion) => ({
      name: criterion.testing_criteria,
      passed: criterion.passed,
      failed: criterion.failed,
      passRate: rateOf(criterion.passed, criterion.passed + criterion.failed),
    })),
  };
}
