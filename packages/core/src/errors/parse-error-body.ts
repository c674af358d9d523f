import type { APIErrorBody } from './api-error.js';

/** The `error` object of an error body, or the text itself when it is not JSON; undefined for an empty body. */
export function parseErrorBody(text: string): APIErrorBody | string | undefined {
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as { error?: APIErrorBody } | APIErrorBody;
    const error = (parsed as { error?: unknown }).error;
    if (typeof error === 'object' && error !== null) return error as APIErrorBody;
    if (typeof error === 'string') return { message: error };
    return parsed as APIErrorBody;
  } catch {
    return text;
  }
}
