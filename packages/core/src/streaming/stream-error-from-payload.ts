import type { APIErrorBody } from '../errors/api-error.js';
import { StreamError } from '../errors/stream-error.js';
import { excerpt } from '../utils/excerpt.js';
import { isRecord } from '../utils/is-record.js';
import { tryParseJson } from './try-parse-json.js';

/**
 * The `error` object of a data payload shaped `{ error: { … } }`, when it is one. A top-level `type` other than
 * 'error' marks a regular event that merely carries an error field, so it is not one.
 */
export function errorBodyOf(value: unknown): APIErrorBody | undefined {
  if (!isRecord(value) || !isRecord(value.error)) return undefined;
  return value.type === undefined || value.type === 'error' ? value.error : undefined;
}

/** The error an `event: error` carries: `{ error: { message, type, code, param } }` or a flat `{ message, … }`. */
export function streamErrorFromPayload(data: string): StreamError {
  const payload = tryParseJson(data);
  const body: APIErrorBody | undefined = isRecord(payload)
    ? isRecord(payload.error)
      ? payload.error
      : payload
    : undefined;
  const message = typeof body?.message === 'string' && body.message !== '' ? body.message : excerpt(data);
  return new StreamError(message || 'The server sent an error event without details.', { error: body });
}
