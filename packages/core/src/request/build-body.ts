import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { TransportBody } from '../transport/transport.js';
import { isMultipartBody } from '../uploads/is-multipart-body.js';
import type { RequestOptions } from './request-options.js';
import type { RequestSpec } from './request-spec.js';
import { isUnsendable, UNSENDABLE } from './unsendable-value.js';

export interface PreparedBody {
  body: TransportBody | undefined;
  /** The content-type, and for a streamed body of known length its content-length. */
  headers: Record<string, string> | undefined;
  /** False when the body is a one-shot stream: such a request is never retried. */
  replayable: boolean;
  /** Frees a one-shot body's sources once the call has failed. */
  discard?: () => void;
}

/** JSON, or multipart/form-data for a body made with `multipartBody`; `extraBody` fields are added either way. */
export function buildBody(spec: RequestSpec, options: RequestOptions): PreparedBody {
  const { body } = spec;
  const extra = options.extraBody;
  // fetch refuses a GET with a body, which would look like a connection error and be retried.
  if (spec.method === 'GET' && (body !== undefined || extra)) {
    throw new InvalidInputError(extra ? 'extraBody' : 'body', 'a GET has no body');
  }
  if (isMultipartBody(body)) return body.encode(extra);
  if (body === undefined && !extra) return { body: undefined, headers: undefined, replayable: true };
  const fields = extra ? { ...(body as Record<string, unknown>), ...extra } : body;
  // JSON would drop a function and send a signal as `{}`: either was put where the fields go by mistake.
  for (const name in fields as object) {
    if (isUnsendable((fields as Record<string, unknown>)[name]))
      throw new InvalidInputError(`body.${name}`, UNSENDABLE);
  }
  return { body: JSON.stringify(fields), headers: { 'content-type': 'application/json' }, replayable: true };
}
