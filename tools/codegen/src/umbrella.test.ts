import { createHmac } from 'node:crypto';
import { ConfigError, NotFoundError } from '@org/core';
import OpenAIDefault, {
  APIConnectionTimeoutError,
  InvalidWebhookSignatureError,
  OpenAI,
  NotFoundError as UmbrellaNotFoundError,
} from '@org/openai';
import { errorReply, sseDone } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it, vi } from 'vitest';
import { operationTable } from './operation-table.js';

/** Walks `chat.completions.create` down from the client; the value found there. */
function lookup(root: object, path: string): unknown {
  let current: unknown = root;
  for (const segment of path.split('.')) {
    if (current === null || (typeof current !== 'object' && typeof current !== 'function')) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

const testServer = useTestServer();

describe('OpenAI umbrella client', () => {
  const openai = new OpenAI({ apiKey: 'sk-test', adminAPIKey: 'sk-admin-test', baseURL: 'http://127.0.0.1:9/v1' });

  it('exposes every operation under its official method path', () => {
    const missing = operationTable.filter((entry) => typeof lookup(openai, entry.method) !== 'function');
    expect(missing.map((entry) => `${entry.method} (${entry.route})`)).toEqual([]);
  });

  it('exposes the always-streaming variants next to the streaming methods', () => {
    expect(typeof openai.chat.completions.stream).toBe('function');
    expect(typeof openai.responses.stream).toBe('function');
    expect(typeof openai.beta.threads.runs.submitToolOutputsStream).toBe('function');
  });

  it('builds resources once, on first use, and admin calls on their own client', () => {
    expect(openai.chat).toBe(openai.chat);
    expect(openai.beta.threads.runs).toBe(openai.beta.threads.runs);
    expect(openai.adminClient).not.toBe(openai.client);
  });

  it("keeps the official package's error classes on the client and as named exports", async () => {
    testServer.on('GET', '/models/gpt-nope', errorReply(404, 'The model `gpt-nope` does not exist'));
    const local = new OpenAIDefault({ apiKey: 'sk-test', baseURL: testServer.baseURL, maxRetries: 0 });
    const error = await local.models.retrieve('gpt-nope').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect(OpenAI.NotFoundError).toBe(NotFoundError);
    expect(UmbrellaNotFoundError).toBe(NotFoundError);
    expect(APIConnectionTimeoutError).toBe(OpenAI.APIConnectionTimeoutError);
    expect(typeof OpenAI.toFile).toBe('function');
  });

  it('never sends OPENAI_API_KEY to admin endpoints: without an admin key, admin calls fail naming the options', () => {
    vi.stubEnv('OPENAI_API_KEY', 'sk-project');
    vi.stubEnv('OPENAI_ADMIN_KEY', '');
    try {
      const local = new OpenAI();
      expect(() => local.admin).toThrow(ConfigError);
      expect(() => local.admin).toThrow(/adminAPIKey.*OPENAI_ADMIN_KEY/);
      expect(new OpenAI({ adminAPIKey: 'sk-admin' }).admin).toBeDefined();
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('sends the admin key where the official package does: checkpoint permissions, the rest of fineTuning not', async () => {
    const path = '/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions';
    testServer.on('GET', path, { json: { object: 'list', data: [], has_more: false } });
    testServer.on('GET', '/fine_tuning/jobs', { json: { object: 'list', data: [], has_more: false } });
    const local = new OpenAI({ apiKey: 'sk-test', adminAPIKey: 'sk-admin', baseURL: testServer.baseURL });

    await local.fineTuning.checkpoints.permissions.list('ft:gpt-4o-mini:org::ckpt');
    await local.fineTuning.jobs.list();

    expect(testServer.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer sk-admin',
      'Bearer sk-test',
    ]);
  });

  it('withOptions makes a new OpenAI client over the same options, admin key included', async () => {
    testServer.on('GET', '/models', { json: { object: 'list', data: [] } });
    testServer.on('GET', '/organization/projects', { json: { object: 'list', data: [], has_more: false } });
    const base = new OpenAI({ apiKey: 'sk-test', adminAPIKey: 'sk-admin', baseURL: testServer.baseURL });
    const tagged = base.withOptions({ defaultHeaders: { 'x-tag': 'yes' } });

    expect(tagged).toBeInstanceOf(OpenAI);
    await tagged.models.list();
    await tagged.admin.organization.projects.list();
    await base.models.list();

    expect(testServer.requests.map((request) => [request.headers.authorization, request.headers['x-tag']])).toEqual([
      ['Bearer sk-test', 'yes'],
      ['Bearer sk-admin', 'yes'],
      ['Bearer sk-test', undefined],
    ]);
  });

  it('verifies and unwraps webhook deliveries with webhookSecret, as the official openai.webhooks does', async () => {
    const secret = 'whsec_dW1icmVsbGEtd2ViaG9vay1zZWNyZXQtMTIzNA==';
    const body = '{"id":"evt_1","object":"event","created_at":1,"type":"response.completed","data":{"id":"resp_1"}}';
    const timestamp = Math.floor(Date.now() / 1000);
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const signature = createHmac('sha256', key).update(`wh_1.${timestamp}.${body}`).digest('base64');
    const headers = {
      'webhook-id': 'wh_1',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': `v1,${signature}`,
    };
    const local = new OpenAI({ apiKey: 'sk-test', adminAPIKey: 'sk-admin', webhookSecret: secret });

    await expect(local.webhooks.unwrap(body, headers)).resolves.toMatchObject({ data: { id: 'resp_1' } });
    await expect(local.webhooks.verifySignature(body.replace('resp_1', 'resp_2'), headers)).rejects.toBeInstanceOf(
      OpenAI.InvalidWebhookSignatureError,
    );
    expect(InvalidWebhookSignatureError).toBe(OpenAI.InvalidWebhookSignatureError);
    expect(local.admin).toBeDefined();
  });

  it("iterates openai's way: for await over stream() with no await before it", async () => {
    const chunk = { id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: 'Hi' } }] };
    testServer.on('POST', '/chat/completions', { sse: [{ data: chunk }, sseDone] });
    const local = new OpenAI({ apiKey: 'sk-test', baseURL: testServer.baseURL });
    const contents: unknown[] = [];
    for await (const chunk of local.chat.completions.stream({ model: 'gpt-4o-mini', messages: [] })) {
      contents.push(chunk.choices[0]?.delta.content);
    }
    expect(contents).toEqual(['Hi']);
  });
});
