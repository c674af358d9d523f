import { StreamError } from '@org/core';
import { isRecord } from '@org/core/internal';
import type { BatchEndpoint } from './batch-endpoint.js';
import type { BatchRequest } from './batch-request.js';
import type { BatchOutputLine, BatchResult, BatchResultError } from './batch-result.js';

/**
 * A line of an output or error file as a result, joined to its request: succeeded for a 2xx reply and no error,
 * failed otherwise, whichever file the line is in. A line that is not a batch result is a `StreamError`.
 */
export function toBatchResult<E extends BatchEndpoint>(
  line: unknown,
  where: string,
  requests: ReadonlyMap<string, BatchRequest<E>> | undefined,
): BatchResult<E> {
  if (!isRecord(line) || typeof line.custom_id !== 'string') {
    throw new StreamError(`${where} is not a batch result: it has no custom_id.`);
  }
  const output = line as unknown as BatchOutputLine;
  const customId = output.custom_id;
  const request = requests?.get(customId);
  const response = isRecord(output.response) ? output.response : null;
  const statusCode = typeof response?.status_code === 'number' ? response.status_code : null;
  if (response && statusCode !== null && statusCode >= 200 && statusCode < 300 && !output.error) {
    return {
      status: 'succeeded',
      customId,
      request,
      statusCode,
      requestId: response.request_id,
      body: response.body as never,
      line: output as never,
    };
  }
  return {
    status: 'failed',
    customId,
    request,
    statusCode,
    requestId: typeof response?.request_id === 'string' ? response.request_id : null,
    error: errorOf(output, statusCode),
    line: output,
  };
}

function errorOf(line: BatchOutputLine, statusCode: number | null): BatchResultError {
  if (isRecord(line.error) && typeof line.error.message === 'string') {
    return { code: typeof line.error.code === 'string' ? line.error.code : null, message: line.error.message };
  }
  const body = line.response?.body;
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  if (error && typeof error.message === 'string') {
    return { code: typeof error.code === 'string' ? error.code : null, message: error.message };
  }
  return { code: null, message: statusCode === null ? 'The request got no reply.' : `The reply was ${statusCode}.` };
}
