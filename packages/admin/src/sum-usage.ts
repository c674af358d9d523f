import type { Client, RequestOptions } from '@org/core';
import { listUsageBuckets, type UsageQuery } from './list-usage-buckets.js';
import { type Tally, tallyBuckets } from './tally-buckets.js';
import { type UsageCounterKind, type UsageTotals, usageCounters } from './usage-counters.js';
import type { UsageGroupField, UsageResults } from './usage-results.js';

/** A usage list's counts over a period, in all and per group (`group_by`). */
export type UsageSummary<K extends UsageCounterKind> = Tally<
  UsageTotals<K>,
  { [F in UsageGroupField<K>]?: UsageResults[K][F] }
>;

/**
 * Adds up a usage list over a period, every page of it: tokens and requests for completions, images for images, and
 * so on (`UsageTotals`), in all and per group when `group_by` asks for groups (`['model']` gives one total per model).
 * `vectorStores`' `usage_bytes` is the storage held in each bucket, so its sum counts byte-buckets (byte-days with
 * daily buckets), not bytes.
 */
export async function sumUsage<K extends UsageCounterKind>(
  client: Client,
  kind: K,
  query: UsageQuery<K>,
  options?: RequestOptions,
): Promise<UsageSummary<K>> {
  const buckets = listUsageBuckets(client, kind, query, options);
  const counters: readonly string[] = Object.hasOwn(usageCounters, kind) ? usageCounters[kind] : [];
  const zero = () => Object.fromEntries(counters.map((field) => [field, 0])) as UsageTotals<K>;
  const add = (totals: UsageTotals<K>, result: UsageResults[K]) => {
    const sums = totals as Record<string, number>;
    for (const field of counters) {
      const value = (result as unknown as Record<string, unknown>)[field];
      if (typeof value === 'number') sums[field] = (sums[field] ?? 0) + value;
    }
  };
  return tallyBuckets(buckets, query.group_by ?? [], zero, add);
}
