// The admin examples, run offline as `pnpm demo` runs them: against @org/testing with their scripted replies.
import { createAdminClient } from '@org/admin';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import * as exportCosts from '../examples/admin-export-costs.mjs';
import * as inviteUser from '../examples/admin-invite-user.mjs';
import { type Example, runExampleOffline } from './support/run-example-offline.js';

const server = useTestServer();

const runOffline = (example: Example) =>
  runExampleOffline(server, example, createAdminClient({ apiKey: 'sk-admin-local', baseURL: server.baseURL }));

describe('admin examples', () => {
  it('invites someone, adds a member to two projects and lists who can reach one', async () => {
    expect(inviteUser.usesAdminKey).toBe(true);
    const lines = await runOffline(inviteUser);
    expect(lines).toContain('Invited grace@example.com as reader; proj_web comes with it once accepted.');
    expect(lines).toContain('ada@example.com, a member: proj_web as owner, proj_data as member.');
    expect(lines).toContain('  group Support: cy@example.com');
    expect(lines).toContain('Audit log: invite sent to grace@example.com.');
  });

  it("exports last month's costs per project as CSV over every page of buckets", async () => {
    const lines = await runOffline(exportCosts);
    expect(lines[1]).toBe('  start_time,end_time,project_id,project_name,currency,amount');
    expect(lines.filter((line) => /^ {2}\d{4}-\d\d-01T00:00:00Z,/.test(line))).toHaveLength(3);
    expect(lines.some((line) => line.includes(',proj_data,"Data, ""nightly""",usd,'))).toBe(true);
    const pages = server.requests.filter((request) => request.path === '/v1/organization/costs');
    expect(pages.length).toBeGreaterThan(3);
  });
});
