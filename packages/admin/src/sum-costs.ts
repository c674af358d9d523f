import type { Client, RequestOptions } from '@org/core';
import type { CostsResult } from './generated/types.js';
import { listUsageBuckets, type UsageQuery } from './list-usage-buckets.js';
import { type Tally, tallyBuckets } from './tally-buckets.js';
import type { UsageGroupField } from './usage-results.js';

/** Amounts by currency, as the API names it (`usd`). */
export interface CostTotals {
  amount: Record<string, number>;
}

/** Costs over a period, in all and per group (`group_by`: `project_id`, `line_item`, `api_key_id`). */
export type CostSummary = Tally<CostTotals, { [F in UsageGroupField<'costs'>]?: CostsResult[F] }>;

/**
 * Adds up the costs of a period, every page of them, by currency: in all, and per project, line item or API key when
 * `group_by` asks for groups. Each sum is rounded to 10 decimal places, which drops the noise that adding binary
 * fractions leaves (`0.1 + 0.2`) and keeps far more than a cent.
 */
export async function sumCosts(
  client: Client,
  query: UsageQuery<'costs'>,
  options?: RequestOptions,
): Promise<CostSummary> {
  const buckets = listUsageBuckets(client, 'costs', query, options);
  const add = (totals: CostTotals, result: CostsResult) => {
    const value = result.amount?.value;
    if (typeof value !== 'number') return;
    const currency = result.amount?.currency ?? 'unknown';
    totals.amount[currency] = (totals.amount[currency] ?? 0) + value;
  };
  const summary: CostSummary = await tallyBuckets(buckets, query.group_by ?? [], () => ({ amount: {} }), add);
  for (const totals of [summary.total, ...summary.groups]) {
    for (const currency in totals.amount) totals.amount[currency] = roundAmount(totals.amount[currency]!);
  }
  return summary;
}

/** `value` to at most 10 decimal places. */
export function roundAmount(value: number): number {
  return Number(value.toFixed(10));
}
