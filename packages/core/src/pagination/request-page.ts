import { checkClient } from '../client/check-client.js';
import type { Client } from '../client/client.js';
import { OpenAIError } from '../errors/openai-error.js';
import { PaginationLoopError } from '../errors/pagination-loop-error.js';
import { getResponseMeta } from '../meta/response-meta.js';
import { withResponse } from '../request/api-promise.js';
import type { RequestOptions } from '../request/request-options.js';
import type { RequestSpec } from '../request/request-spec.js';
import { iterablePromise } from '../utils/iterable-promise.js';
import type { Page, PagePromise, Paging } from './page.js';

const afterLastId: Paging = { cursorParam: 'after' };

/** Sends a list call: await the result for the first page, or `for await` it for every item of every page. */
export function requestPage<Item>(
  client: Client,
  spec: RequestSpec,
  options?: RequestOptions,
  paging: Paging = afterLastId,
): PagePromise<Item> {
  checkClient(client);
  const first = client.request<Record<string, unknown> | undefined>(spec, options);
  const walk: Walk = new Map();
  const cursor = cursorOf(spec, options, paging);
  if (cursor !== undefined) walk.set(cursor, 0);
  const page = first.then((body) => pageOf<Item>(body, client, spec, options, paging, walk, 0));
  return iterablePromise(
    Object.assign(page, {
      withResponse: () => page.then((data) => withResponse(data, data.meta)),
      asResponse: () => first.asResponse(),
    }),
  );
}

/**
 * The cursors a walk through a list has fetched, each with the depth of the page it fetched (the first page is 0). A
 * page at depth `d` whose next cursor fetched a page at depth `d` or less points back: the list loops. A page asked for
 * its next page twice fetches the same cursor at the same depth, which is no loop.
 */
type Walk = Map<unknown, number>;

/** The page a list call's reply makes, with the way to the pages after it. */
function pageOf<Item>(
  reply: Record<string, unknown> | undefined,
  client: Client,
  spec: RequestSpec,
  options: RequestOptions | undefined,
  paging: Paging,
  walk: Walk,
  depth: number,
): Page<Item> {
  const body = reply ?? {};
  const data = (Array.isArray(body.data) ? body.data : []) as Item[];
  const hasMore = body.has_more === true;
  const last = data[data.length - 1] as { id?: unknown } | undefined;
  const named = paging.cursorField ? body[paging.cursorField] : undefined;
  // `last_id` names the last item, and the spec lets a page leave it out or null: the item's own id stands in then.
  const cursor = named ?? (!paging.cursorField || paging.cursorField === 'last_id' ? last?.id : undefined);
  // An empty page, or one without a cursor, ends the list even if it claims more: there is nothing to ask for.
  const hasNextPage = () => hasMore && data.length > 0 && (typeof cursor === 'string' || typeof cursor === 'number');
  const nextPage = async () => {
    if (!hasNextPage()) return null;
    const fetched = walk.get(cursor);
    if (fetched !== undefined && fetched <= depth) throw new PaginationLoopError(cursor as string | number, page.meta);
    walk.set(cursor, depth + 1);
    const nextOptions = withCursor(options, paging, cursor);
    const next = await client.request<Record<string, unknown> | undefined>(spec, nextOptions);
    return pageOf<Item>(next, client, spec, nextOptions, paging, walk, depth + 1);
  };

  async function* pages() {
    for (let current: Page<Item> | null = page; current; current = await current.nextPage()) yield current;
  }
  const page: Page<Item> = {
    ...body,
    data,
    hasMore,
    has_more: hasMore,
    body,
    meta: getResponseMeta(body)!,
    hasNextPage,
    nextPage,
    getNextPage: async () => {
      const next = await nextPage();
      if (next === null) throw new OpenAIError('There is no next page: check hasNextPage() before getNextPage().');
      return next;
    },
    pages,
    iterPages: pages,
    getPaginatedItems: () => data,
    async *[Symbol.asyncIterator]() {
      for await (const current of page.pages()) yield* current.data;
    },
  };
  return page;
}

/** The cursor a page was asked for with: a call's `options.query` wins over the spec's, as it does in the URL. */
function cursorOf(spec: RequestSpec, options: RequestOptions | undefined, paging: Paging): unknown {
  return options?.query?.[paging.cursorParam] ?? spec.query?.[paging.cursorParam];
}

/** The call's options for the next page: its own query with the cursor set, over any cursor the caller passed. */
function withCursor(options: RequestOptions | undefined, paging: Paging, cursor: unknown): RequestOptions {
  return { ...options, query: { ...options?.query, [paging.cursorParam]: cursor } };
}
