// The generated functions and resource classes, and the hand-written helpers beside them.
export type { AuditLogDetails, AuditLogEvent } from './audit-log-event.js';
export { type AdminClientOptions, createAdminClient } from './create-admin-client.js';
export * from './generated/index.js';
export { type AuditLogEventQuery, listAuditLogEvents } from './list-audit-log-events.js';
export type { Timestamp } from './to-unix-seconds.js';
