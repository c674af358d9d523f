import { useTestServer } from '@org/testing/vitest';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createAdminClient } from './create-admin-client.js';
import { sumUsage } from './sum-usage.js';
import { dayBucket, NOV_1, scriptUsagePages } from './test-support/admin-api.js';
import type { CounterField, UsageCounterKind, usageCounters } from './usage-counters.js';
import type { UsageResults } from './usage-results.js';

const server = useTestServer();
const admin = () => createAdminClient({ apiKey: 'sk-admin-test', baseURL: server.baseURL, maxRetries: 0 });

const completions = (model: string, input: number, output: number, cached?: number) => ({
  object: 'organization.usage.completions.result',
  input_tokens: input,
  output_tokens: output,
  ...(cached !== undefined && { input_cached_tokens: cached }),
  num_model_requests: 2,
  model,
  project_id: null,
});

describe('sumUsage', () => {
  it('totals every bucket of every page, and per group', async () => {
    scriptUsagePages(server, '/organization/usage/completions', [
      [dayBucket(0, [completions('gpt-4o', 100, 10, 40), completions('o3', 5, 5)]), dayBucket(1, [])],
      [dayBucket(2, [completions('gpt-4o', 1, 1)])],
      [dayBucket(3, [completions('o3', 20, 2)]), dayBucket(4, [completions('gpt-4o', 3, 3)])],
    ]);
    const summary = await sumUsage(admin(), 'completions', { start_time: NOV_1, group_by: ['model'] });
    expect(summary.buckets).toBe(5);
    expect([summary.start_time, summary.end_time]).toEqual([NOV_1, NOV_1 + 5 * 86_400]);
    expect(summary.total).toMatchObject({
      input_tokens: 129,
      output_tokens: 21,
      input_cached_tokens: 40,
      output_audio_tokens: 0,
      num_model_requests: 10,
    });
    expect(
      summary.groups.map(({ model, input_tokens, num_model_requests }) => [model, input_tokens, num_model_requests]),
    ).toEqual([
      ['gpt-4o', 104, 6],
      ['o3', 25, 4],
    ]);
    expect(server.requests).toHaveLength(3);
    expectTypeOf(summary.total.input_tokens).toEqualTypeOf<number>();
    expectTypeOf(summary.groups[0]!.model).toEqualTypeOf<string | null | undefined>();
  });

  it('gives one total without groups, every count at 0 for an empty period', async () => {
    scriptUsagePages(server, '/organization/usage/images', [[]]);
    const summary = await sumUsage(admin(), 'images', { start_time: NOV_1 });
    expect(summary).toEqual({
      buckets: 0,
      start_time: null,
      end_time: null,
      total: { images: 0, num_model_requests: 0 },
      groups: [],
    });
  });

  it('counts every numeric field of every usage result', () => {
    type Missing = {
      [K in UsageCounterKind]: Exclude<CounterField<UsageResults[K]>, (typeof usageCounters)[K][number]>;
    }[UsageCounterKind];
    expectTypeOf<Missing>().toEqualTypeOf<never>();
  });
});
