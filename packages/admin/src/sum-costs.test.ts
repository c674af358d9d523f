import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createAdminClient } from './create-admin-client.js';
import { sumCosts } from './sum-costs.js';
import { cost, dayBucket, NOV_1, scriptUsagePages } from './test-support/admin-api.js';

const server = useTestServer();
const admin = () => createAdminClient({ apiKey: 'sk-admin-test', baseURL: server.baseURL, maxRetries: 0 });

describe('sumCosts', () => {
  it('adds amounts by currency over every page, per project and line item, without float noise', async () => {
    scriptUsagePages(server, '/organization/costs', [
      [
        dayBucket(0, [
          cost(0.1, { project_id: 'proj_a', line_item: 'gpt-4o, input' }),
          cost(1.5, { project_id: 'proj_b', line_item: 'gpt-4o, input' }),
        ]),
      ],
      [
        dayBucket(1, [
          cost(0.2, { project_id: 'proj_a', line_item: 'gpt-4o, input' }),
          cost(2, { project_id: 'proj_a', line_item: 'gpt-4o, input' }, 'eur'),
          { object: 'organization.costs.result', project_id: 'proj_a', line_item: 'free' },
        ]),
      ],
    ]);
    const summary = await sumCosts(admin(), { start_time: NOV_1, group_by: ['project_id', 'line_item'] });
    expect(summary.total.amount).toEqual({ usd: 1.8, eur: 2 });
    expect(summary.groups).toEqual([
      { project_id: 'proj_a', line_item: 'gpt-4o, input', amount: { usd: 0.3, eur: 2 } },
      { project_id: 'proj_b', line_item: 'gpt-4o, input', amount: { usd: 1.5 } },
      { project_id: 'proj_a', line_item: 'free', amount: {} },
    ]);
    expect(summary.buckets).toBe(2);
    expect(server.requests.map((request) => request.query.getAll('group_by[]'))).toEqual([
      ['project_id', 'line_item'],
      ['project_id', 'line_item'],
    ]);
  });
});
