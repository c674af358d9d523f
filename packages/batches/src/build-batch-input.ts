import { InvalidInputError } from '@org/core';
import { isRecord } from '@org/core/internal';
import { type BatchEndpoint, batchEndpoints, isBatchEndpoint } from './batch-endpoint.js';
import { BatchInputError } from './batch-input-error.js';
import type { BatchRequest } from './batch-request.js';

/** What the API accepts in one batch; a compatible server may take other limits. */
export interface BatchLimits {
  /** Requests in one batch: 50,000 by default. */
  maxRequests?: number;
  /** Bytes of the input file: 200 MB (209,715,200 bytes) by default. */
  maxBytes?: number;
  /** Embedding inputs across the requests of a `/v1/embeddings` batch: 50,000 by default. */
  maxEmbeddingInputs?: number;
}

/** The requests of a batch and the endpoint they all call. */
export interface BatchRequests<E extends BatchEndpoint> {
  endpoint: E;
  /** Any iterable: an array, or a generator read once. */
  requests: Iterable<BatchRequest<E>>;
}

/** A batch's input file, checked, with the requests it holds. */
export interface BatchInput<E extends BatchEndpoint> {
  endpoint: E;
  /** `batch-input.jsonl`: one `{ custom_id, method: 'POST', url, body }` line per request. */
  file: File;
  /** The requests by custom id, in file order: what results are joined to. */
  requests: ReadonlyMap<string, BatchRequest<E>>;
  /** The file's size in bytes. */
  bytes: number;
}

// Plain numbers: a computed one would keep this object in bundles that never build an input.
const defaults: Required<BatchLimits> = {
  maxRequests: 50_000,
  maxBytes: 209_715_200,
  maxEmbeddingInputs: 50_000,
};

/**
 * Writes a batch's input file from typed requests, checking everything the API would refuse the batch for, before
 * anything is sent: an endpoint a batch cannot call, no request, a custom id missing or used twice, a body that is not
 * an object or asks to stream, more requests, bytes or embedding inputs than `limits` allow. Each is a
 * `BatchInputError` naming the request at fault (`requests[3].custom_id`). A generator of requests is read once, and
 * no further than the first request past a limit.
 */
export function buildBatchInput<E extends BatchEndpoint>(
  { endpoint, requests }: BatchRequests<E>,
  limits: BatchLimits = {},
): BatchInput<E> {
  const { maxRequests, maxBytes, maxEmbeddingInputs } = checkLimits(limits);
  if (!isBatchEndpoint(endpoint)) {
    const known = batchEndpoints.join(', ');
    throw new BatchInputError(
      'endpoint',
      `${JSON.stringify(endpoint)} is not an endpoint a batch can call (${known})`,
      'unsupported_endpoint',
    );
  }
  if (typeof (requests as Partial<Iterable<unknown>> | undefined)?.[Symbol.iterator] !== 'function') {
    throw new InvalidInputError('requests', 'expected an array (or any iterable) of { custom_id, body }');
  }
  const encoder = new TextEncoder();
  const lines: BlobPart[] = [];
  const byId = new Map<string, BatchRequest<E>>();
  const positions = new Map<string, number>();
  let bytes = 0;
  let embeddingInputs = 0;
  let index = 0;
  for (const request of requests) {
    const at = `requests[${index}]`;
    if (index === maxRequests) {
      throw new BatchInputError(
        'requests',
        `a batch takes at most ${maxRequests} requests; split these into several batches`,
        'too_many_requests',
        index,
      );
    }
    if (!isRecord(request)) throw new BatchInputError(at, 'expected { custom_id, body }', 'invalid_body', index);
    const id = request.custom_id;
    if (typeof id !== 'string' || id === '') {
      throw new BatchInputError(`${at}.custom_id`, 'expected a non-empty string', 'invalid_custom_id', index);
    }
    const first = positions.get(id);
    if (first !== undefined) {
      throw new BatchInputError(
        `${at}.custom_id`,
        `${JSON.stringify(id)} is already the custom id of requests[${first}]; each must be unique`,
        'duplicate_custom_id',
        index,
      );
    }
    const { body } = request;
    if (!isRecord(body)) throw new BatchInputError(`${at}.body`, 'expected an object', 'invalid_body', index);
    if (body.stream === true) {
      throw new BatchInputError(`${at}.body.stream`, 'a batch request cannot stream', 'invalid_body', index);
    }
    if (endpoint === '/v1/embeddings') {
      embeddingInputs += embeddingInputCount(body.input);
      if (embeddingInputs > maxEmbeddingInputs) {
        throw new BatchInputError(
          `${at}.body.input`,
          `takes the batch past ${maxEmbeddingInputs} embedding inputs, the most one batch may hold`,
          'too_many_embedding_inputs',
          index,
        );
      }
    }
    const line = encoder.encode(`${lineText(id, endpoint, body, at, index)}\n`);
    bytes += line.byteLength;
    if (bytes > maxBytes) {
      throw new BatchInputError(
        at,
        `takes the input file past ${maxBytes} bytes, the most a batch file may hold; split the requests into several batches`,
        'too_large',
        index,
      );
    }
    lines.push(line);
    positions.set(id, index);
    byId.set(id, request as BatchRequest<E>);
    index++;
  }
  if (index === 0) throw new BatchInputError('requests', 'a batch needs at least one request', 'no_requests');
  return { endpoint, file: new File(lines, 'batch-input.jsonl', { type: 'application/jsonl' }), requests: byId, bytes };
}

function lineText(id: string, url: string, body: Record<string, unknown>, at: string, index: number): string {
  try {
    return JSON.stringify({ custom_id: id, method: 'POST', url, body });
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new BatchInputError(`${at}.body`, `cannot be written as JSON: ${reason}`, 'invalid_body', index, { cause });
  }
}

/** How many inputs one embeddings request embeds: a string or a token list is one, a list of either one each. */
function embeddingInputCount(input: unknown): number {
  if (!Array.isArray(input)) return 1;
  return input.length > 0 && input.every((item) => typeof item === 'number') ? 1 : input.length;
}

function checkLimits(limits: BatchLimits): Required<BatchLimits> {
  const checked = { ...defaults };
  for (const name of Object.keys(defaults) as (keyof BatchLimits)[]) {
    const value = limits[name];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 1) throw new InvalidInputError(name, 'must be an integer >= 1');
    checked[name] = value;
  }
  return checked;
}
