// The generated functions and resource classes, and the hand-written helpers beside them.
export {
  type CreateFineTuningJobAndPollOptions,
  createFineTuningJobAndPoll,
} from './create-fine-tuning-job-and-poll.js';
export { FineTuningJobFailedError } from './fine-tuning-job-failed-error.js';
export type { FineTuningMetricsRow } from './fine-tuning-metrics-row.js';
export * from './generated/index.js';
export { parseFineTuningMetrics } from './parse-fine-tuning-metrics.js';
export { readFineTuningMetrics } from './read-fine-tuning-metrics.js';
export { type WaitForFineTuningJobOptions, waitForFineTuningJob } from './wait-for-fine-tuning-job.js';
