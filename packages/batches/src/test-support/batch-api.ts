import type { RecordedRequest, TestServer } from '@org/testing';
import type { BatchOutputLine } from '../batch-result.js';
import type { Batch } from '../generated/types.js';

/** A batch as the API sends it, in `status`, with the file ids it has by then. */
export function fakeBatch(status: Batch['status'], fields: Partial<Batch> = {}): Batch {
  return {
    id: 'batch_1',
    object: 'batch',
    endpoint: '/v1/chat/completions',
    input_file_id: 'file-in',
    completion_window: '24h',
    status,
    created_at: 1_700_000_000,
    ...fields,
  };
}

/** An output line of a request that got a reply. */
export function replyLine(customId: string, statusCode: number, body: unknown): BatchOutputLine {
  return {
    id: `batch_req_${customId}`,
    custom_id: customId,
    response: { status_code: statusCode, request_id: `req_${customId}`, body },
    error: null,
  };
}

/** An error-file line of a request that never got a reply. */
export function errorLine(customId: string, code: string, message: string): BatchOutputLine {
  return { id: `batch_req_${customId}`, custom_id: customId, response: null, error: { code, message } };
}

/** A chat completion as a batch line's body. */
export function completion(content: string): Record<string, unknown> {
  return {
    id: `chatcmpl-${content}`,
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'gpt-4o-mini',
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop' }],
  };
}

const jsonl = (lines: BatchOutputLine[]) => lines.map((line) => `${JSON.stringify(line)}\n`).join('');

export interface ScriptedBatch {
  /** The statuses `GET /batches/batch_1` goes through, the last repeated; each but the last asks for a 5 ms poll. */
  statuses: Batch['status'][];
  output?: BatchOutputLine[];
  errors?: BatchOutputLine[];
  /** Fields of the batch once it is over (`errors` of a failed one, say). */
  final?: Partial<Batch>;
}

/**
 * The batch API of the local server: `POST /files` takes the input file, `POST /batches` creates `batch_1`, its
 * status moves through `statuses`, and its output and error files are served line by line.
 */
export function scriptBatchApi(server: TestServer, { statuses, output = [], errors = [], final = {} }: ScriptedBatch) {
  const files = {
    ...(output.length > 0 ? { output_file_id: 'file-out' } : {}),
    ...(errors.length > 0 ? { error_file_id: 'file-err' } : {}),
  };
  server.on('POST', '/files', (request: RecordedRequest) => ({
    json: {
      id: 'file-in',
      object: 'file',
      bytes: request.parts?.find((part) => part.name === 'file')?.size ?? 0,
      created_at: 1_700_000_000,
      filename: 'batch-input.jsonl',
      purpose: 'batch',
      status: 'processed',
    },
  }));
  server.on('POST', '/batches', { json: fakeBatch('validating') });
  const last = statuses.length - 1;
  server.on(
    'GET',
    '/batches/{batch_id}',
    ...statuses.map((status, index) =>
      index < last
        ? { json: fakeBatch(status), headers: { 'openai-poll-after-ms': '5' } }
        : { json: fakeBatch(status, { ...files, ...final }) },
    ),
  );
  server.on('GET', '/files/file-out/content', { body: jsonl(output), chunkSize: 64 });
  server.on('GET', '/files/file-err/content', { body: jsonl(errors), chunkSize: 64 });
}
