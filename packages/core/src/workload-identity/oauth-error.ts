import { APIError } from '../errors/api-error.js';
import type { ResponseMeta } from '../meta/response-meta.js';

/** The OAuth body of a refused token exchange: `{ "error": "invalid_grant", "error_description": "…" }`. */
export interface OAuthErrorBody {
  error?: string;
  error_description?: string;
  [key: string]: unknown;
}

/**
 * The token endpoint refused the exchange (400, 401 or 403): the subject token, identity provider or service account
 * is not accepted. Another failing status raises the `APIError` of that status instead.
 */
export class OAuthError extends APIError {
  static override readonly kind: string = 'OAuthError';

  /** The OAuth `error` code (`invalid_grant`, `invalid_request`, …), as the official package spells the field. */
  readonly error_code: string | undefined;

  constructor(meta: ResponseMeta, body: OAuthErrorBody | string | undefined) {
    super(meta, body);
    const fields = typeof body === 'object' ? body : undefined;
    this.error_code = typeof fields?.error === 'string' ? fields.error : undefined;
    const description = typeof fields?.error_description === 'string' ? fields.error_description : undefined;
    const detail = description ?? this.error_code ?? (typeof body === 'string' ? body.slice(0, 500) : '');
    this.message = `${meta.status} token exchange refused: ${detail || 'OAuth2 authentication error'}`;
  }
}
