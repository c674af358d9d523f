import type { RateLimit } from '../meta/rate-limit.js';
import type { ResponseMeta } from '../meta/response-meta.js';
import { OpenAIError } from './openai-error.js';
import { stringOrNull } from './string-or-null.js';

/** The `error` object of an API error body. */
export interface APIErrorBody {
  message?: string;
  type?: string | null;
  code?: string | null;
  param?: string | null;
  [key: string]: unknown;
}

/** The server answered with a non-success status. */
export class APIError extends OpenAIError {
  static override readonly kind: string = 'APIError';

  readonly status: number;
  readonly code: string | null;
  readonly type: string | null;
  readonly param: string | null;
  /** The parsed error body, or the raw text when it was not JSON. */
  readonly error: APIErrorBody | string | undefined;
  readonly meta: ResponseMeta;

  constructor(meta: ResponseMeta, error: APIErrorBody | string | undefined) {
    super(describe(meta.status, error));
    const fields = typeof error === 'object' ? error : undefined;
    this.status = meta.status;
    this.code = stringOrNull(fields?.code);
    this.type = stringOrNull(fields?.type);
    this.param = stringOrNull(fields?.param);
    this.error = error;
    this.meta = meta;
  }

  get requestId(): string | null {
    return this.meta.requestId;
  }

  /** `requestId` under the official package's name. */
  get requestID(): string | null {
    return this.meta.requestId;
  }

  get headers(): Headers {
    return this.meta.headers;
  }

  get rateLimit(): RateLimit {
    return this.meta.rateLimit;
  }
}

/** The status and the server's message; a body without one (`{"detail": …}` from some servers) is quoted instead. */
function describe(status: number, error: APIErrorBody | string | undefined): string {
  const detail =
    typeof error === 'string' ? error : typeof error?.message === 'string' ? error.message : JSON.stringify(error);
  return detail ? `${status} ${detail.slice(0, 500)}` : `${status} status code (no body)`;
}

export class BadRequestError extends APIError {
  static override readonly kind: string = 'BadRequestError';
}
export class AuthenticationError extends APIError {
  static override readonly kind: string = 'AuthenticationError';
}
export class PermissionDeniedError extends APIError {
  static override readonly kind: string = 'PermissionDeniedError';
}
export class NotFoundError extends APIError {
  static override readonly kind: string = 'NotFoundError';
}
export class ConflictError extends APIError {
  static override readonly kind: string = 'ConflictError';
}
export class UnprocessableEntityError extends APIError {
  static override readonly kind: string = 'UnprocessableEntityError';
}
export class RateLimitError extends APIError {
  static override readonly kind: string = 'RateLimitError';
}
export class InternalServerError extends APIError {
  static override readonly kind: string = 'InternalServerError';
}

const errorByStatus: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The error class a status maps to: one per common status, `InternalServerError` for any 5xx, else `APIError`. */
export function createAPIError(meta: ResponseMeta, error: APIErrorBody | string | undefined): APIError {
  const ErrorClass = errorByStatus[meta.status] ?? (meta.status >= 500 ? InternalServerError : APIError);
  return new ErrorClass(meta, error);
}
