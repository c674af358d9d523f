// The generated functions and resource classes, and the hand-written helpers beside them.
export type { AuditLogDetails, AuditLogEvent } from './audit-log-event.js';
export { calendarMonth, type TimeRange } from './calendar-month.js';
export { type AdminClientOptions, createAdminClient } from './create-admin-client.js';
export { exportCostsCsv } from './export-costs-csv.js';
export * from './generated/index.js';
export { type InviteUserBody, type InviteUserResult, inviteUser } from './invite-user.js';
export { type AuditLogEventQuery, listAuditLogEvents } from './list-audit-log-events.js';
export {
  type ListProjectAccessOptions,
  listProjectAccess,
  type ProjectAccess,
  type ProjectGroupAccess,
} from './list-project-access.js';
export { listUsageBuckets, type UsageBucket, type UsageQuery } from './list-usage-buckets.js';
export {
  type RotateServiceAccountKeyOptions,
  rotateServiceAccountKey,
  type ServiceAccountKeyRotation,
} from './rotate-service-account-key.js';
export { type CostsCsvOptions, type CostsCsvQuery, streamCostsCsv } from './stream-costs-csv.js';
export { type CostSummary, type CostTotals, sumCosts } from './sum-costs.js';
export { sumUsage, type UsageSummary } from './sum-usage.js';
export type { Tally } from './tally-buckets.js';
export type { Timestamp } from './to-unix-seconds.js';
export type { UsageCounterKind, UsageTotals } from './usage-counters.js';
export type { UsageGroupField, UsageKind, UsageQueries, UsageResults } from './usage-results.js';
