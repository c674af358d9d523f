import { InvalidInputError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAdminClient } from './create-admin-client.js';
import { exportCostsCsv } from './export-costs-csv.js';
import { streamCostsCsv } from './stream-costs-csv.js';
import { cost, dayBucket, NOV_1, project, scriptListPages, scriptUsagePages } from './test-support/admin-api.js';

const server = useTestServer();
const admin = () => createAdminClient({ apiKey: 'sk-admin-test', baseURL: server.baseURL, maxRetries: 0 });

afterEach(() => {
  vi.useRealTimers();
});

function scriptCosts() {
  scriptListPages(server, '/organization/projects', [
    project('proj_a', 'Web, "beta"'),
    project('proj_b', '=cmd|calc'),
    project('proj_c', 'Archived'),
  ]);
  return scriptUsagePages(server, '/organization/costs', [
    [dayBucket(0, [cost(0.1, { project_id: 'proj_a' }), cost(2.25, { project_id: 'proj_b' })])],
    [dayBucket(1, [cost(0.2, { project_id: 'proj_a' })]), dayBucket(2, [])],
    [dayBucket(3, [cost(-0.5, { project_id: 'proj_b' }), cost(1, { project_id: 'proj_gone' })])],
  ]);
}

describe('exportCostsCsv', () => {
  it('exports last month per project, with names quoted and neutralised, every page read', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-06T10:00:00Z'));
    const asked = scriptCosts();
    const csv = await exportCostsCsv(admin());
    expect(csv).toBe(
      [
        'start_time,end_time,project_id,project_name,currency,amount',
        '2026-11-01T00:00:00Z,2026-11-05T00:00:00Z,proj_a,"Web, ""beta""",usd,0.3',
        "2026-11-01T00:00:00Z,2026-11-05T00:00:00Z,proj_b,'=cmd|calc,usd,1.75",
        '2026-11-01T00:00:00Z,2026-11-05T00:00:00Z,proj_gone,,usd,1',
        '',
      ].join('\r\n'),
    );
    expect(asked).toEqual(['first', 'page-1', 'page-2']);
    const costs = server.requests.filter((request) => request.path === '/v1/organization/costs');
    expect(costs.map((request) => [request.query.get('start_time'), request.query.get('end_time')])).toEqual(
      Array(3).fill([String(NOV_1), String(Date.UTC(2026, 11, 1) / 1000)]),
    );
    expect(costs[0]!.query.getAll('group_by[]')).toEqual(['project_id']);
    const projects = server.requests.filter((request) => request.path === '/v1/organization/projects');
    expect(projects.map((request) => request.query.get('include_archived'))).toEqual(['true', 'true']);
  });

  it('streams one record per day and group as the pages arrive, for a month asked by name', async () => {
    scriptCosts();
    const records: string[] = [];
    for await (const record of streamCostsCsv(admin(), { month: '2026-11' }, { daily: true, projectNames: false })) {
      records.push(record);
    }
    expect(records).toEqual([
      'start_time,end_time,project_id,currency,amount\r\n',
      '2026-11-01T00:00:00Z,2026-11-02T00:00:00Z,proj_a,usd,0.1\r\n',
      '2026-11-01T00:00:00Z,2026-11-02T00:00:00Z,proj_b,usd,2.25\r\n',
      '2026-11-02T00:00:00Z,2026-11-03T00:00:00Z,proj_a,usd,0.2\r\n',
      '2026-11-04T00:00:00Z,2026-11-05T00:00:00Z,proj_b,usd,-0.5\r\n',
      '2026-11-04T00:00:00Z,2026-11-05T00:00:00Z,proj_gone,usd,1\r\n',
    ]);
    expect(server.requests.some((request) => request.path === '/v1/organization/projects')).toBe(false);
  });

  it('groups as asked, and totals the period in one record without groups', async () => {
    scriptUsagePages(server, '/organization/costs', [
      [dayBucket(0, [cost(3, { line_item: 'gpt-4o, input' }), cost(1, { line_item: 'web search' })])],
    ]);
    const range = { start_time: NOV_1, end_time: NOV_1 + 86_400 };
    expect(await exportCostsCsv(admin(), { ...range, group_by: ['line_item'] })).toBe(
      'start_time,end_time,line_item,currency,amount\r\n' +
        '2026-11-01T00:00:00Z,2026-11-02T00:00:00Z,"gpt-4o, input",usd,3\r\n' +
        '2026-11-01T00:00:00Z,2026-11-02T00:00:00Z,web search,usd,1\r\n',
    );
    expect(await exportCostsCsv(admin(), { ...range, group_by: [] })).toBe(
      'start_time,end_time,currency,amount\r\n2026-11-01T00:00:00Z,2026-11-02T00:00:00Z,usd,4\r\n',
    );
  });

  it('refuses a bad month when called, before anything is sent', async () => {
    expect(() => streamCostsCsv(admin(), { month: '11/2026' })).toThrow(InvalidInputError);
    await expect(exportCostsCsv(admin(), { start_time: NOV_1, end_time: NOV_1 })).rejects.toThrow(/`end_time`/);
    expect(server.requests).toHaveLength(0);
  });
});
