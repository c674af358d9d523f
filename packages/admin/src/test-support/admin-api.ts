import type { ReplySpec, TestServer } from '@org/testing';
import type { Project, ProjectServiceAccount, ProjectUser, User } from '../generated/types.js';

const DAY = 86_400;
/** 2026-11-01T00:00:00Z. */
export const NOV_1 = 1_793_491_200;

/** A usage or costs bucket of one day, `day` days after `start`. */
export function dayBucket(day: number, results: unknown[], start = NOV_1) {
  return { object: 'bucket', start_time: start + day * DAY, end_time: start + (day + 1) * DAY, results };
}

/**
 * Scripts a usage or costs list that pages by `next_page`: page `n` answers the request whose `page` query is
 * `page-n` (the first has none); `pageOf` records which page each request asked for.
 */
export function scriptUsagePages(server: TestServer, path: string, pages: unknown[][]): string[] {
  const asked: string[] = [];
  server.on('GET', path, (request): ReplySpec => {
    const cursor = request.query.get('page');
    asked.push(cursor ?? 'first');
    const index = cursor === null ? 0 : Number(cursor.replace('page-', ''));
    const hasMore = index < pages.length - 1;
    return {
      json: { object: 'page', data: pages[index], has_more: hasMore, next_page: hasMore ? `page-${index + 1}` : null },
    };
  });
  return asked;
}

/** Scripts a list that pages by `after` (the last id), `size` items a page. */
export function scriptListPages(server: TestServer, path: string, items: Array<{ id: string }>, size = 2): void {
  server.on('GET', path, (request): ReplySpec => {
    const after = request.query.get('after');
    const start = after === null ? 0 : items.findIndex((item) => item.id === after) + 1;
    const data = items.slice(start, start + size);
    const hasMore = start + size < items.length;
    return {
      json: {
        object: 'list',
        data,
        first_id: data[0]?.id ?? null,
        last_id: data.at(-1)?.id ?? null,
        has_more: hasMore,
      },
    };
  });
}

export function project(id: string, name: string): Project {
  return { id, object: 'organization.project', name, created_at: NOV_1, status: 'active' };
}

export function orgUser(id: string, email: string, role = 'reader'): User {
  return { object: 'organization.user', id, name: email.split('@')[0], email, role, added_at: NOV_1 };
}

export function projectUser(id: string, email: string, role: string): ProjectUser {
  return { object: 'organization.project.user', id, name: email.split('@')[0], email, role, added_at: NOV_1 };
}

export function serviceAccount(id: string, name: string, role: ProjectServiceAccount['role']): ProjectServiceAccount {
  return { object: 'organization.project.service_account', id, name, role, created_at: NOV_1 };
}

/** A costs result as the API sends it. */
export function cost(value: number, fields: Record<string, unknown> = {}, currency = 'usd') {
  return { object: 'organization.costs.result', amount: { value, currency }, ...fields };
}
