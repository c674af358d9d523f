import type { Client, PagePromise, RequestOptions } from '@org/core';
import type { AuditLogEvent } from './audit-log-event.js';
import { listAuditLogs } from './generated/functions/list-audit-logs.js';
import type { ListAuditLogsQuery } from './generated/types.js';
import { type Timestamp, toUnixSeconds } from './to-unix-seconds.js';

type Bound = 'gt' | 'gte' | 'lt' | 'lte';

/** `listAuditLogs`' query, with the bounds of `effective_at` as `Date`s or Unix seconds. */
export type AuditLogEventQuery = Omit<ListAuditLogsQuery, 'effective_at'> & {
  effective_at?: { [B in Bound]?: Timestamp } | undefined;
};

/**
 * The audit log as `AuditLogEvent`s, discriminated by `type`, from `GET /organization/audit_logs` (`listAuditLogs`):
 * await it for a page, or `for await` it for every event of every page. Filters as the API names them, with plain
 * arrays (`event_types: ['api_key.created']`, `actor_emails`, `project_ids`, …) and `effective_at: { gte: new Date(…) }`.
 * A bound that is no date, or a millisecond count, throws an `InvalidInputError` naming it before anything is sent.
 */
export function listAuditLogEvents(
  client: Client,
  query: AuditLogEventQuery = {},
  options?: RequestOptions,
): PagePromise<AuditLogEvent> {
  const { effective_at: range, ...filters } = query;
  const effectiveAt: ListAuditLogsQuery['effective_at'] = {};
  for (const bound of ['gt', 'gte', 'lt', 'lte'] as const) {
    const value = range?.[bound];
    if (value !== undefined) effectiveAt[bound] = toUnixSeconds(value, `effective_at.${bound}`);
  }
  const apiQuery = range === undefined ? filters : { ...filters, effective_at: effectiveAt };
  return listAuditLogs(client, apiQuery, options) as PagePromise<AuditLogEvent>;
}
