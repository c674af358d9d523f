import type { AuditLog, AuditLogEventType } from './generated/types.js';

type DetailsKey = keyof AuditLog & AuditLogEventType;

/** What an audit event of type `T` tells, in the field named after its type; a plain record where the spec says nothing. */
export type AuditLogDetails<T extends AuditLogEventType> = T extends DetailsKey
  ? NonNullable<AuditLog[T]>
  : Record<string, unknown>;

// The API sends the field of an event's own type with the event; the types with no details of their own (`login.
// succeeded`, and those the spec leaves undescribed) may leave it out.
type DetailsField<T extends AuditLogEventType> = T extends DetailsKey
  ? string extends keyof AuditLogDetails<T>
    ? { [K in T]?: AuditLogDetails<T> }
    : { [K in T]: AuditLogDetails<T> }
  : { [K in T]?: AuditLogDetails<T> };

/**
 * An audit log entry, discriminated by `type`: once `event.type === 'invite.sent'`, `event['invite.sent']` holds that
 * event's details, typed, and no other type's field is offered.
 */
export type AuditLogEvent<T extends AuditLogEventType = AuditLogEventType> = T extends AuditLogEventType
  ? Omit<AuditLog, 'type' | DetailsKey> & { type: T } & DetailsField<T>
  : never;
