import type { TransportBody } from '../transport/transport.js';
import { createMultipartBody } from '../uploads/multipart-body.js';
import type { RequestOptions } from './request-options.js';
import type { RequestSpec } from './request-spec.js';

export interface PreparedBody {
  body: TransportBody | undefined;
  contentType: string | undefined;
  /** False when the body is a one-shot stream: such a request is never retried. */
  replayable: boolean;
}

export function buildBody(spec: RequestSpec, options: RequestOptions): PreparedBody {
  const extra = options.extraBody;
  if (spec.body === undefined && !extra) return { body: undefined, contentType: undefined, replayable: true };
  const fields = extra ? { ...(spec.body as Record<string, unknown>), ...extra } : spec.body;
  if (spec.multipart) {
    const multipart = createMultipartBody(fields as Record<string, unknown>);
    return { body: multipart.body, contentType: multipart.contentType, replayable: multipart.replayable };
  }
  return { body: JSON.stringify(fields), contentType: 'application/json', replayable: true };
}
