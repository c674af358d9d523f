import type { Client, RequestOptions } from '@org/core';
import { calendarMonth } from './calendar-month.js';
import { type CsvCell, csvRecord } from './csv-record.js';
import { listProjects } from './generated/functions/list-projects.js';
import { listUsageBuckets, toUsageQuery, type UsageQuery } from './list-usage-buckets.js';
import { sumCosts } from './sum-costs.js';
import type { Timestamp } from './to-unix-seconds.js';
import type { UsageGroupField } from './usage-results.js';

/** Which costs to export: a `month`, or `start_time` and `end_time`; by default the month before this one (UTC). */
export type CostsCsvQuery = Omit<UsageQuery<'costs'>, 'start_time' | 'page'> & {
  /** `'2026-11'`, or a `Date` in the month; used when `start_time` is not given. */
  month?: string | Date | undefined;
  start_time?: Timestamp | undefined;
};

export interface CostsCsvOptions extends RequestOptions {
  /** One record per day and group, written as the pages arrive, instead of one per group for the whole period. */
  daily?: boolean | undefined;
  /**
   * With `project_id` among the groups, a `project_name` column after it, from the organization's projects (archived
   * ones included); default true.
   */
  projectNames?: boolean | undefined;
}

type GroupField = UsageGroupField<'costs'>;

/**
 * The costs of a period as CSV records, each a string ending in CRLF: a header, then one record per group and
 * currency (`group_by`, by default `['project_id']`: costs per project), with the period's `start_time` and `end_time`
 * (ISO 8601, UTC; the end exclusive) and the `amount`. With `daily`, one record per day, written as each page arrives.
 * Cells are quoted as RFC 4180 asks, and a name that a spreadsheet would run as a formula is written as text.
 * Bad dates throw an `InvalidInputError` here, before anything is sent.
 */
export function streamCostsCsv(
  client: Client,
  query: CostsCsvQuery = {},
  options: CostsCsvOptions = {},
): AsyncIterable<string> {
  const { month, ...rest } = query;
  const range = rest.start_time === undefined ? calendarMonth(month ?? monthBefore(new Date())) : undefined;
  const costsQuery: UsageQuery<'costs'> = {
    ...rest,
    start_time: rest.start_time ?? range!.start_time,
    end_time: rest.end_time ?? range?.end_time,
    group_by: rest.group_by ?? ['project_id'],
  };
  toUsageQuery(costsQuery);
  return costsRecords(client, costsQuery, options);
}

async function* costsRecords(
  client: Client,
  query: UsageQuery<'costs'>,
  options: CostsCsvOptions,
): AsyncGenerator<string> {
  const { daily = false, projectNames = true, ...requestOptions } = options;
  const groupBy = (query.group_by ?? []) as GroupField[];
  const names = projectNames && groupBy.includes('project_id') ? await readProjectNames(client, requestOptions) : null;
  const columns = groupBy.flatMap((field) => (field === 'project_id' && names ? [field, 'project_name'] : [field]));
  yield csvRecord(['start_time', 'end_time', ...columns, 'currency', 'amount']);

  const groupCells = (group: { [F in GroupField]?: string | null | undefined }): CsvCell[] =>
    groupBy.flatMap((field) =>
      field === 'project_id' && names ? [group[field], names.get(group[field] ?? '')] : [group[field]],
    );
  if (daily) {
    for await (const bucket of listUsageBuckets(client, 'costs', query, requestOptions)) {
      const period = [isoTime(bucket.start_time), isoTime(bucket.end_time)];
      for (const { amount, ...group } of bucket.results) {
        if (typeof amount?.value !== 'number') continue;
        yield csvRecord([...period, ...groupCells(group), amount.currency ?? 'unknown', amount.value]);
      }
    }
    return;
  }
  const summary = await sumCosts(client, query, requestOptions);
  if (summary.start_time === null || summary.end_time === null) return;
  const period = [isoTime(summary.start_time), isoTime(summary.end_time)];
  for (const group of groupBy.length > 0 ? summary.groups : [{ ...summary.total }]) {
    for (const [currency, amount] of Object.entries(group.amount)) {
      yield csvRecord([...period, ...groupCells(group), currency, amount]);
    }
  }
}

async function readProjectNames(client: Client, options: RequestOptions): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const projects = listProjects(client, { include_archived: true, limit: 100 }, options);
  for await (const project of projects) names.set(project.id, project.name ?? '');
  return names;
}

function monthBefore(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
}

function isoTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}
