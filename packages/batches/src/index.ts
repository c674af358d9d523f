// The generated functions and resource classes, and the hand-written batch workflow beside them.
export {
  type BatchEndpoint,
  type BatchEndpointTypes,
  type BatchRequestBody,
  type BatchResultBody,
  batchEndpoints,
  isBatchEndpoint,
} from './batch-endpoint.js';
export { BatchFailedError } from './batch-failed-error.js';
export { BatchInputError, type BatchInputProblem } from './batch-input-error.js';
export type { BatchRequest } from './batch-request.js';
export type {
  BatchFailedResult,
  BatchMissingResult,
  BatchOutputLine,
  BatchResult,
  BatchResultCounts,
  BatchResultError,
  BatchSucceededResult,
} from './batch-result.js';
export { BatchResults, type ReadBatchResultsOptions, readBatchResults } from './batch-results.js';
export {
  type BatchInput,
  type BatchLimits,
  type BatchRequests,
  buildBatchInput,
} from './build-batch-input.js';
export { cancelBatchAndPoll } from './cancel-batch-and-poll.js';
export { type BatchJobBody, type BatchJobOptions, createBatchJob } from './create-batch-job.js';
export * from './generated/index.js';
export { type BatchRun, type RunBatchOptions, runBatch } from './run-batch.js';
export { uploadBatchInput } from './upload-batch-input.js';
export { waitForBatch } from './wait-for-batch.js';
