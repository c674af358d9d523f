import type { ResponseMeta } from '../meta/response-meta.js';
import { OpenAIError } from './openai-error.js';

/**
 * A list's next cursor is one already fetched in this walk through it (A, B, A, …, or a cursor that does not move):
 * following it would loop for good, so the list ends here. `meta` is that of the page that pointed back.
 */
export class PaginationLoopError extends OpenAIError {
  static override readonly kind: string = 'PaginationLoopError';

  constructor(
    readonly cursor: string | number,
    readonly meta: ResponseMeta,
  ) {
    super(`The list loops: its next cursor ${JSON.stringify(cursor)} was already fetched, so it ends here.`);
  }
}
