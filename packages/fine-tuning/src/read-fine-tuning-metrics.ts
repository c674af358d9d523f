import { type Client, createBinaryResponse, InvalidInputError, type RequestOptions } from '@org/core';
import { checkOptionsOf } from '@org/core/internal';
import type { FineTuningMetricsRow } from './fine-tuning-metrics-row.js';
import { retrieveFineTuningJob } from './generated/functions/retrieve-fine-tuning-job.js';
import type { FineTuningJob } from './generated/types.js';
import { parseFineTuningMetrics } from './parse-fine-tuning-metrics.js';

/**
 * Downloads a fine-tuning job's metrics file (the first of its `result_files`, through the Files API) and parses it
 * into typed rows, one per step, in the file's order (`parseFineTuningMetrics`). `job` is the job (from
 * `waitForFineTuningJob`, or a `FineTuningJobFailedError`'s `fineTuningJob`) or its id, then retrieved first. A job
 * with no result file yet (one still running) is an `InvalidInputError`, before the download.
 */
export async function readFineTuningMetrics(
  client: Client,
  job: FineTuningJob | string,
  options?: RequestOptions,
): Promise<FineTuningMetricsRow[]> {
  const requestOptions = checkOptionsOf(options);
  const current = typeof job === 'string' ? await retrieveFineTuningJob(client, job, requestOptions) : job;
  const fileId = current.result_files?.[0];
  if (!fileId) {
    throw new InvalidInputError(
      'job',
      `the fine-tuning job ${current.id} has no result file yet (it is ${current.status}): its metrics are written when it ends`,
    );
  }
  const content = await client.request(
    { method: 'GET', path: '/files/{file_id}/content', pathParams: { file_id: fileId }, read: createBinaryResponse },
    requestOptions,
  );
  return parseFineTuningMetrics(await content.text(), `file ${fileId}`);
}
