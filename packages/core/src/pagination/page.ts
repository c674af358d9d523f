import type { ResponseMeta } from '../meta/response-meta.js';
import type { APIPromise } from '../request/api-promise.js';

/** One page of a list call. Iterating it with `for await` walks every item of this page and all pages after it. */
export interface Page<Item> extends AsyncIterable<Item> {
  readonly data: Item[];
  readonly hasMore: boolean;
  /** `hasMore` under the official package's name; the page object's other fields are on the page too. */
  readonly has_more: boolean;
  readonly object?: string;
  readonly first_id?: string | null;
  readonly last_id?: string | null;
  /** The whole page object the server sent (`first_id`, `last_id`, …). */
  readonly body: Record<string, unknown>;
  readonly meta: ResponseMeta;
  hasNextPage(): boolean;
  /** Fetches the page after this one; null when this is the last. */
  nextPage(): Promise<Page<Item> | null>;
  /** Fetches the page after this one, as the official package does: rejects when this is the last. */
  getNextPage(): Promise<Page<Item>>;
  /** Iterates this page and every page after it. */
  pages(): AsyncIterable<Page<Item>>;
  /** `pages()` under the official package's name. */
  iterPages(): AsyncIterable<Page<Item>>;
  /** `data` through the official package's method. */
  getPaginatedItems(): Item[];
}

/**
 * What a list call returns: await it for the first page, or `for await` it for every item of every page; like every
 * call, `withResponse()` and `asResponse()` give the HTTP response (of the first page).
 */
export interface PagePromise<Item> extends APIPromise<Page<Item>>, AsyncIterable<Item> {}

/** How a list operation names its cursor: the query parameter to send and where the next value comes from. */
export interface Paging {
  /** Query parameter carrying the cursor, `after` for most lists, `page` for usage and costs. */
  cursorParam: string;
  /**
   * Field of the page object holding the next cursor; without one, the last item's `id` is the cursor, as it is for a
   * page that leaves `last_id` out.
   */
  cursorField?: string;
}
