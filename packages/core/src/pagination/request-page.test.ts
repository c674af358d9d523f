import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.js';
import { PaginationLoopError } from '../errors/pagination-loop-error.js';
import { caught } from '../test-support/caught.js';
import { requestPage } from './request-page.js';

const server = useTestServer();

const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });

function serveThreePages() {
  const pages: Record<string, object> = {
    '': { object: 'list', data: [{ id: 'a' }, { id: 'b' }], has_more: true },
    b: { object: 'list', data: [{ id: 'c' }, { id: 'd' }], has_more: true },
    d: { object: 'list', data: [{ id: 'e' }], has_more: false },
  };
  server.on('GET', '/files', (request) => ({
    json: pages[request.query.get('after') ?? ''],
    headers: { 'x-request-id': `req_${request.query.get('after') ?? 'first'}` },
  }));
}

describe('requestPage', () => {
  it('resolves to the first page with its metadata', async () => {
    serveThreePages();
    const page = await requestPage<{ id: string }>(client(), { method: 'GET', path: '/files', query: { limit: 2 } });
    expect(page.data.map((file) => file.id)).toEqual(['a', 'b']);
    expect(page.hasMore).toBe(true);
    expect(page.hasNextPage()).toBe(true);
    expect(page.meta.requestId).toBe('req_first');
    expect(server.requests).toHaveLength(1);
  });

  it("walks pages with the official package's helpers and fields", async () => {
    serveThreePages();
    let page = await requestPage<{ id: string }>(client(), { method: 'GET', path: '/files', query: { limit: 2 } });
    expect([page.has_more, page.object, page.getPaginatedItems()]).toEqual([true, 'list', [{ id: 'a' }, { id: 'b' }]]);
    const seen = [page.data.map((file) => file.id)];
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      seen.push(page.getPaginatedItems().map((file) => file.id));
    }
    expect(seen).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    const error = await caught(page.getNextPage());
    expect(error.message).toMatch(/no next page: check hasNextPage\(\)/);
    const first = await requestPage<{ id: string }>(client(), { method: 'GET', path: '/files', query: { limit: 2 } });
    const sizes: number[] = [];
    for await (const each of first.iterPages()) sizes.push(each.data.length);
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('takes a list sent whole (no has_more, like GET /models) as one page', async () => {
    server.on('GET', '/models', { json: { object: 'list', data: [{ id: 'gpt-4o' }, { id: 'gpt-4o-mini' }] } });
    const ids: string[] = [];
    for await (const model of requestPage<{ id: string }>(client(), { method: 'GET', path: '/models' })) {
      ids.push(model.id);
    }
    const page = await requestPage<{ id: string }>(client(), { method: 'GET', path: '/models' });
    expect(ids).toEqual(['gpt-4o', 'gpt-4o-mini']);
    expect(page.hasNextPage()).toBe(false);
    expect(await page.nextPage()).toBeNull();
    expect(page.body.object).toBe('list');
    expect(server.requests).toHaveLength(2);
  });

  it('iterates every item of every page, sending the last id as the cursor', async () => {
    serveThreePages();
    const ids: string[] = [];
    for await (const file of requestPage<{ id: string }>(client(), {
      method: 'GET',
      path: '/files',
      query: { limit: 2 },
    })) {
      ids.push(file.id);
    }
    expect(ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(server.requests.map((request) => request.query.get('after'))).toEqual([null, 'b', 'd']);
    expect(server.requests.every((request) => request.query.get('limit') === '2')).toBe(true);
  });

  it('walks pages with nextPage until null', async () => {
    serveThreePages();
    let page = await requestPage<{ id: string }>(client(), { method: 'GET', path: '/files' });
    const sizes = [page.data.length];
    for (let next = await page.nextPage(); next; next = await page.nextPage()) {
      page = next;
      sizes.push(page.data.length);
    }
    expect(sizes).toEqual([2, 2, 1]);
    expect(page.hasNextPage()).toBe(false);
  });

  it('uses a named cursor field and parameter when the list has them', async () => {
    server.on(
      'GET',
      '/organization/usage/completions',
      { json: { data: [{ start_time: 1 }], has_more: true, next_page: 'page_2' } },
      { json: { data: [{ start_time: 2 }], has_more: false, next_page: null } },
    );
    const buckets = [];
    const pages = requestPage(client(), { method: 'GET', path: '/organization/usage/completions' }, undefined, {
      cursorParam: 'page',
      cursorField: 'next_page',
    });
    for await (const bucket of pages) buckets.push(bucket);
    expect(buckets).toEqual([{ start_time: 1 }, { start_time: 2 }]);
    expect(server.requests[1]!.query.get('page')).toBe('page_2');
  });

  it.each([
    ['leaves out last_id', {}],
    ['sends a null last_id', { last_id: null }],
  ])('goes on after the last item when a page that claims more %s', async (_, cursor) => {
    server.on('GET', '/batches', (request) =>
      request.query.get('after') === 'b'
        ? { json: { data: [{ id: 'c' }], has_more: false, last_id: 'c' } }
        : { json: { data: [{ id: 'a' }, { id: 'b' }], has_more: true, ...cursor } },
    );
    const paging = { cursorParam: 'after', cursorField: 'last_id' };
    const ids: string[] = [];
    for await (const batch of requestPage<{ id: string }>(client(), { method: 'GET', path: '/batches' }, {}, paging)) {
      ids.push(batch.id);
    }
    expect(ids).toEqual(['a', 'b', 'c']);
  });

  it('stops on a page that claims more but has no cursor', async () => {
    server.on('GET', '/files', { json: { data: [], has_more: true } });
    const items = [];
    for await (const item of requestPage(client(), { method: 'GET', path: '/files' })) items.push(item);
    expect(items).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("follows the pages from a cursor given in the call's own query", async () => {
    serveThreePages();
    const ids: string[] = [];
    const files = requestPage<{ id: string }>(client(), { method: 'GET', path: '/files' }, { query: { after: 'b' } });
    for await (const file of files) ids.push(file.id);
    expect(ids).toEqual(['c', 'd', 'e']);
    expect(server.requests.map((request) => request.query.get('after'))).toEqual(['b', 'd']);
  });

  it('stops on an empty page that claims more and has a cursor', async () => {
    server.on('GET', '/files', { json: { data: [], has_more: true, last_id: 'x' } });
    const paging = { cursorParam: 'after', cursorField: 'last_id' };
    const items = [];
    for await (const item of requestPage(client(), { method: 'GET', path: '/files' }, undefined, paging)) {
      items.push(item);
    }
    expect(items).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('raises PaginationLoopError, after the items it got, when the server sends back the cursor it was asked with', async () => {
    server.on('GET', '/organization/usage/completions', {
      json: { data: [{ start_time: 1 }], has_more: true, next_page: 'page_2' },
    });
    const paging = { cursorParam: 'page', cursorField: 'next_page' };
    const buckets: unknown[] = [];
    const spec = { method: 'GET', path: '/organization/usage/completions' } as const;
    const error = await caught(
      (async () => {
        for await (const bucket of requestPage(client(), spec, undefined, paging)) buckets.push(bucket);
      })(),
    );
    expect(error).toBeInstanceOf(PaginationLoopError);
    expect(error).toMatchObject({ cursor: 'page_2', meta: { status: 200 } });
    expect(buckets).toHaveLength(2);
    expect(server.requests.map((request) => request.query.get('page'))).toEqual([null, 'page_2']);
  });

  it('raises PaginationLoopError when the cursors cycle, A, B, A, having fetched each page once', async () => {
    const pages: Record<string, object> = {
      '': { data: [{ id: 'a' }], has_more: true },
      a: { data: [{ id: 'b' }], has_more: true },
      b: { data: [{ id: 'a' }], has_more: true },
    };
    server.on('GET', '/files', (request) => ({ json: pages[request.query.get('after') ?? ''] }));
    const ids: string[] = [];
    const error = await caught(
      (async () => {
        for await (const file of requestPage<{ id: string }>(client(), { method: 'GET', path: '/files' })) {
          ids.push(file.id);
        }
      })(),
    );
    expect(error).toBeInstanceOf(PaginationLoopError);
    expect(error.cursor).toBe('a');
    expect(error.message).toContain('"a" was already fetched');
    expect(ids).toEqual(['a', 'b', 'a']);
    expect(server.requests.map((request) => request.query.get('after'))).toEqual([null, 'a', 'b']);
  });

  it("counts the cursor of the call's own query as fetched", async () => {
    server.on('GET', '/files', { json: { data: [{ id: 'x' }], has_more: true, last_id: 'start' } });
    const paging = { cursorParam: 'after', cursorField: 'last_id' };
    const files = requestPage(client(), { method: 'GET', path: '/files' }, { query: { after: 'start' } }, paging);
    await expect((await files).nextPage()).rejects.toBeInstanceOf(PaginationLoopError);
    expect(server.requests).toHaveLength(1);
  });

  it('fetches the same next page again when asked twice: no loop', async () => {
    serveThreePages();
    const first = await requestPage<{ id: string }>(client(), { method: 'GET', path: '/files' });
    const second = await first.nextPage();
    expect((await second?.nextPage())?.data).toEqual([{ id: 'e' }]);
    expect((await first.nextPage())?.data).toEqual(second?.data);
    expect(server.requests.map((request) => request.query.get('after'))).toEqual([null, 'b', 'd', 'b']);
  });
});
