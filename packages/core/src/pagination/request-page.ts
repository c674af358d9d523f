import type { Client } from '../client/client.js';
import { getResponseMeta } from '../meta/response-meta.js';
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
  return iterablePromise<Item, Page<Item>>(fetchPage<Item>(client, spec, options, paging));
}

async function fetchPage<Item>(
  client: Client,
  spec: RequestSpec,
  options: RequestOptions | undefined,
  paging: Paging,
): Promise<Page<Item>> {
  const body = (await client.request<Record<string, unknown> | undefined>(spec, options)) ?? {};
  const data = (Array.isArray(body.data) ? body.data : []) as Item[];
  const hasMore = body.has_more === true;
  const last = data[data.length - 1] as { id?: unknown } | undefined;
  const cursor = paging.cursorField ? body[paging.cursorField] : last?.id;
  const hasNextPage = () => hasMore && (typeof cursor === 'string' || typeof cursor === 'number');
  const nextPage = () =>
    hasNextPage()
      ? fetchPage<Item>(client, { ...spec, query: { ...spec.query, [paging.cursorParam]: cursor } }, options, paging)
      : Promise.resolve(null);

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
