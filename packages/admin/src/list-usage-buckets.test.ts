import { InvalidInputError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createAdminClient } from './create-admin-client.js';
import type { CostsResult, UsageCompletionsResult, UsageImagesResult } from './generated/types.js';
import { listUsageBuckets } from './list-usage-buckets.js';
import { dayBucket, NOV_1, scriptUsagePages } from './test-support/admin-api.js';
import { thrownBy } from './test-support/thrown-by.js';
import type { UsageKind } from './usage-results.js';

const server = useTestServer();
const admin = () => createAdminClient({ apiKey: 'sk-admin-test', baseURL: server.baseURL, maxRetries: 0 });

const completions = (model: string, input: number, output: number) => ({
  object: 'organization.usage.completions.result',
  input_tokens: input,
  output_tokens: output,
  num_model_requests: 1,
  model,
});

describe('listUsageBuckets', () => {
  it('iterates the buckets of every page, results typed for the list', async () => {
    const asked = scriptUsagePages(server, '/organization/usage/completions', [
      [dayBucket(0, [completions('gpt-4o', 10, 5)]), dayBucket(1, [])],
      [dayBucket(2, [completions('gpt-4o', 1, 1), completions('o3', 7, 3)])],
      [dayBucket(3, [completions('o3', 2, 2)])],
    ]);
    const days: string[] = [];
    for await (const bucket of listUsageBuckets(admin(), 'completions', {
      start_time: new Date('2026-11-01T00:00:00Z'),
      end_time: NOV_1 + 4 * 86_400,
      group_by: ['model'],
    })) {
      expectTypeOf(bucket.results).toEqualTypeOf<UsageCompletionsResult[]>();
      days.push(`${(bucket.start_time - NOV_1) / 86_400}:${bucket.results.map((r) => `${r.model}=${r.input_tokens}`)}`);
    }
    expect(days).toEqual(['0:gpt-4o=10', '1:', '2:gpt-4o=1,o3=7', '3:o3=2']);
    expect(asked).toEqual(['first', 'page-1', 'page-2']);
    for (const request of server.requests) {
      expect(request.query.get('start_time')).toBe(String(NOV_1));
      expect(request.query.get('end_time')).toBe(String(NOV_1 + 4 * 86_400));
      expect(request.query.getAll('group_by[]')).toEqual(['model']);
    }
  });

  it('awaits to one page, and types each list’s results', async () => {
    scriptUsagePages(server, '/organization/costs', [[dayBucket(0, [])], [dayBucket(1, [])]]);
    const page = await listUsageBuckets(admin(), 'costs', { start_time: NOV_1 });
    expect(page.data).toHaveLength(1);
    expect(page.hasMore).toBe(true);
    expectTypeOf(page.data[0]!.results).toEqualTypeOf<CostsResult[]>();
    expectTypeOf<Parameters<typeof listUsageBuckets<'images'>>[2]['group_by']>().toEqualTypeOf<
      Array<'project_id' | 'user_id' | 'api_key_id' | 'model' | 'size' | 'source'> | undefined
    >();
    expectTypeOf<Awaited<ReturnType<typeof listUsageBuckets<'images'>>>['data'][number]['results']>().toEqualTypeOf<
      UsageImagesResult[]
    >();
  });

  it('calls the endpoint of each kind', async () => {
    const paths: Record<UsageKind, string> = {
      completions: '/organization/usage/completions',
      embeddings: '/organization/usage/embeddings',
      moderations: '/organization/usage/moderations',
      images: '/organization/usage/images',
      audioSpeeches: '/organization/usage/audio_speeches',
      audioTranscriptions: '/organization/usage/audio_transcriptions',
      vectorStores: '/organization/usage/vector_stores',
      codeInterpreterSessions: '/organization/usage/code_interpreter_sessions',
      fileSearchCalls: '/organization/usage/file_search_calls',
      webSearchCalls: '/organization/usage/web_search_calls',
      costs: '/organization/costs',
    };
    server.on('GET', /.*/, { json: { object: 'page', data: [], has_more: false, next_page: null } });
    for (const kind of Object.keys(paths) as UsageKind[]) await listUsageBuckets(admin(), kind, { start_time: 1 });
    expect(server.requests.map((request) => request.path)).toEqual(Object.values(paths).map((path) => `/v1${path}`));
  });

  it('refuses a bad kind, a bad time and an empty range before sending anything', () => {
    const client = admin();
    expect(
      thrownBy(() => listUsageBuckets(client, 'tokens' as 'costs', { start_time: 1 }), InvalidInputError).input,
    ).toBe('kind');
    expect(
      thrownBy(() => listUsageBuckets(client, 'toString' as 'costs', { start_time: 1 }), InvalidInputError).input,
    ).toBe('kind');
    expect(
      thrownBy(() => listUsageBuckets(client, 'costs', { start_time: Date.now() }), InvalidInputError).message,
    ).toMatch(/`start_time`: \d+ looks like milliseconds/);
    const empty = thrownBy(
      () => listUsageBuckets(client, 'costs', { start_time: NOV_1, end_time: new Date(NOV_1 * 1000) }),
      InvalidInputError,
    );
    expect(empty.input).toBe('end_time');
    expect(server.requests).toHaveLength(0);
  });
});
