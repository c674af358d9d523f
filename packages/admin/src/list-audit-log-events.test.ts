import { InvalidInputError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AuditLogEvent } from './audit-log-event.js';
import { createAdminClient } from './create-admin-client.js';
import { listAuditLogEvents } from './list-audit-log-events.js';
import { NOV_1, scriptListPages } from './test-support/admin-api.js';
import { thrownBy } from './test-support/thrown-by.js';

const server = useTestServer();
const admin = () => createAdminClient({ apiKey: 'sk-admin-test', baseURL: server.baseURL, maxRetries: 0 });

const events = [
  {
    id: 'audit_1',
    type: 'invite.sent',
    effective_at: NOV_1,
    'invite.sent': { id: 'invite_1', data: { email: 'a@example.com', role: 'reader' } },
  },
  {
    id: 'audit_2',
    type: 'project.created',
    effective_at: NOV_1 + 1,
    'project.created': { id: 'proj_1', data: { name: 'Web' } },
  },
  { id: 'audit_3', type: 'login.succeeded', effective_at: NOV_1 + 2 },
  { id: 'audit_4', type: 'api_key.deleted', effective_at: NOV_1 + 3, 'api_key.deleted': { id: 'key_1' } },
  { id: 'audit_5', type: 'tenant.user.added', effective_at: NOV_1 + 4, 'tenant.user.added': { id: 'user_9' } },
];

describe('listAuditLogEvents', () => {
  it('sends plain arrays as the API reads them and dates as Unix seconds', async () => {
    server.on('GET', '/organization/audit_logs', { json: { object: 'list', data: [], has_more: false } });
    await listAuditLogEvents(admin(), {
      event_types: ['invite.sent', 'project.created'],
      actor_emails: ['owner@example.com'],
      project_ids: ['proj_1'],
      effective_at: { gte: new Date('2026-11-01T00:00:00Z'), lt: NOV_1 + 86_400 },
      limit: 50,
    });
    const query = server.lastRequest()!.query;
    expect(query.getAll('event_types[]')).toEqual(['invite.sent', 'project.created']);
    expect(query.getAll('actor_emails[]')).toEqual(['owner@example.com']);
    expect(query.getAll('project_ids[]')).toEqual(['proj_1']);
    expect(query.get('effective_at[gte]')).toBe(String(NOV_1));
    expect(query.get('effective_at[lt]')).toBe(String(NOV_1 + 86_400));
    expect(query.get('limit')).toBe('50');
  });

  it('walks every page, each event typed by its type, with its own details', async () => {
    scriptListPages(server, '/organization/audit_logs', events, 2);
    const seen: string[] = [];
    for await (const event of listAuditLogEvents(admin(), { event_types: ['invite.sent'] })) {
      switch (event.type) {
        case 'invite.sent':
          expectTypeOf(event['invite.sent'].data).toEqualTypeOf<{ email?: string; role?: string } | undefined>();
          seen.push(`invite to ${event['invite.sent'].data?.email}`);
          break;
        case 'project.created':
          seen.push(`project ${event['project.created'].data?.name}`);
          break;
        case 'login.succeeded':
          expectTypeOf(event['login.succeeded']).toEqualTypeOf<Record<string, unknown> | undefined>();
          seen.push('login');
          break;
        default:
          seen.push(event.type);
      }
    }
    expect(seen).toEqual(['invite to a@example.com', 'project Web', 'login', 'api_key.deleted', 'tenant.user.added']);
    expect(server.requests.map((request) => request.query.get('after'))).toEqual([null, 'audit_2', 'audit_4']);
    expect(server.requests.every((request) => request.query.getAll('event_types[]').join() === 'invite.sent')).toBe(
      true,
    );
  });

  it('offers no other type’s details once the type is known', () => {
    expectTypeOf<AuditLogEvent<'api_key.deleted'>>().toHaveProperty('api_key.deleted');
    expectTypeOf<AuditLogEvent<'api_key.deleted'>>().not.toHaveProperty('invite.sent');
  });

  it('refuses a bound that is no date, or milliseconds, before sending anything', () => {
    const cases: Array<[unknown, RegExp]> = [
      [new Date('not a date'), /expected a valid Date/],
      [Date.now(), /looks like milliseconds/],
      ['2026-11-01', /expected a valid Date/],
    ];
    for (const [gte, message] of cases) {
      const error = thrownBy(
        () => listAuditLogEvents(admin(), { effective_at: { gte: gte as number } }),
        InvalidInputError,
      );
      expect(error.input).toBe('effective_at.gte');
      expect(error.message).toMatch(message);
    }
    expect(server.requests).toHaveLength(0);
  });
});
