import type { Client } from '../client/client.js';
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
  const first = client.request<Record<string, unknown> | undefined>(spec, options);
  const page = first.then((body) => pageOf<Item>(body, client, spec, options, paging));
  return iterablePromise(
    Object.assign(page, {
      withResponse: () => page.then((data) => withResponse(data, data.meta)),
      asResponse: () => first.asResponse(),
    }),
  );
}

function fetchPage<Item>(
  client: Client,
  spec: RequestSpec,
  options: RequestOptions | undefined,
  paging: Paging,
): Promise<Page<Item>> {
  return client
    .request<Record<string, unknown> | undefined>(spec, options)
    .then((body) => pageOf<Item>(body, client, spec, options, paging));
}

/** The page a list call's reply makes, with the way to the pages after it. */
function pageOf<Item>(
  reply: Record<string, unknown> | undefined,
  client: Client,
  spec: RequestSpec,
  options: RequestOptions | undefined,
  paging: Paging,
): Page<Item> {
  const body = reply ?? {};
  const data = (Array.isArray(body.data) ? body.data : []) as Item[];
  const hasMore = body.has_more === true;
  const last = data[data.length - 1] as { id?: unknown } | undefined;
  const named = paging.cursorField ? body[paging.cursorField] : undefined;
  // `last_id` names the last item, and the spec lets a page leave it out or null: the item's own id stands in then.
  const cursor = named ?? (!paging.cursorField || paging.cursorField === 'last_id' ? last?.id : undefined);
  // An empty page, or one whose cursor does not move, ends the list even if it claims more: asking again would loop.
  const hasNextPage = () =>
    hasMore &&
    data.length > 0 &&
    (typeof cursor === 'string' || typeof cursor === 'number') &&
    cursor !== cursorOf(spec, options, paging);
  const nextPage = () =>
    hasNextPage() ? fetchPage<Item>(client, spec, withCursor(options, paging, cursor), paging) : Promise.resolve(null);

  const page: Page<Item> = {
    data,
    hasMore,
    body,
    meta: getResponseMeta(body)!,
    hasNextPage,
    nextPage,
    async *pages() {
      for (let current: Page<Item> | null = page; current; current = await current.nextPage()) yield current;
    },
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
