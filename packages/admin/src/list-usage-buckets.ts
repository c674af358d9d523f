import { type Client, InvalidInputError, type PagePromise, type RequestOptions } from '@org/core';
import type { UsageTimeBucket } from './generated/types.js';
import { type Timestamp, toUnixSeconds } from './to-unix-seconds.js';
import { usageLists } from './usage-lists.js';
import type { UsageKind, UsageQueries, UsageResults } from './usage-results.js';

/** A usage list's query, with `start_time` and `end_time` as `Date`s or Unix seconds. */
export type UsageQuery<K extends UsageKind> = Omit<UsageQueries[K], 'start_time' | 'end_time'> & {
  /** Inclusive. */
  start_time: Timestamp;
  /** Exclusive; the API's default is now. */
  end_time?: Timestamp | undefined;
};

/** One time bucket of a usage list, its results typed for the list it came from. */
export type UsageBucket<K extends UsageKind> = Omit<UsageTimeBucket, 'results'> & { results: UsageResults[K][] };

/**
 * The time buckets of one usage list (`'completions'`, `'embeddings'`, … or `'costs'`, named as the official
 * `admin.organization.usage.<kind>` methods): await it for a page, or `for await` it for every bucket of every page
 * (`next_page`). Results are grouped as `group_by` asks (`['project_id', 'model']`). A bad `kind`, a time that is no
 * date, a millisecond count, or an `end_time` not after `start_time` throws an `InvalidInputError` naming it, before
 * anything is sent.
 */
export function listUsageBuckets<K extends UsageKind>(
  client: Client,
  kind: K,
  query: UsageQuery<K>,
  options?: RequestOptions,
): PagePromise<UsageBucket<K>> {
  if (!Object.hasOwn(usageLists, kind)) {
    throw new InvalidInputError('kind', `expected one of ${Object.keys(usageLists).join(', ')}`);
  }
  const list = usageLists[kind] as (client: Client, query: UsageQueries[K], options?: RequestOptions) => unknown;
  return list(client, toUsageQuery(query), options) as PagePromise<UsageBucket<K>>;
}

/** The query as the API takes it: times in Unix seconds, checked. */
export function toUsageQuery<K extends UsageKind>(query: UsageQuery<K>): UsageQueries[K] {
  if (typeof query !== 'object' || query === null) throw new InvalidInputError('query', 'expected { start_time, … }');
  const start = toUnixSeconds(query.start_time, 'start_time');
  const end = query.end_time === undefined ? undefined : toUnixSeconds(query.end_time, 'end_time');
  if (end !== undefined && end <= start) {
    throw new InvalidInputError('end_time', `expected a time after start_time (${start}), got ${end}`);
  }
  return { ...query, start_time: start, end_time: end } as UsageQueries[K];
}
