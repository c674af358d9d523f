// The generated functions and resource classes, and the hand-written helpers beside them.
export { type CreateEvalRunAndPollOptions, createEvalRunAndPoll } from './create-eval-run-and-poll.js';
export { EvalRunFailedError } from './eval-run-failed-error.js';
export type { EvalCriterionSummary, EvalRunSummary } from './eval-run-summary.js';
export * from './generated/index.js';
export { summarizeEvalOutputItems } from './summarize-eval-output-items.js';
export { summarizeEvalRun } from './summarize-eval-run.js';
export { type WaitForEvalRunOptions, waitForEvalRun } from './wait-for-eval-run.js';
