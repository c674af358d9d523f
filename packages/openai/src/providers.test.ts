import { ConfigError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifySigV4 } from '../../core/src/test-support/verify-sigv4.js';
import OpenAI from './index.js';
import { bedrock } from './providers/bedrock/aws.js';
import { bedrock as bedrockBearer } from './providers/bedrock.js';
import { vertex } from './providers/vertex.js';

const server = useTestServer();
beforeEach(() => {
  for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_BEDROCK_BASE_URL', 'AWS_BEARER_TOKEN_BEDROCK']) {
    vi.stubEnv(name, '');
  }
});
afterEach(() => vi.unstubAllEnvs());

const reply = {
  id: 'resp_1',
  object: 'response',
  created_at: 1,
  model: 'openai.gpt-5.4',
  status: 'completed',
  output: [
    {
      type: 'message',
      id: 'msg_1',
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text: 'Hello!', annotations: [] }],
    },
  ],
};
const credentials = {
  accessKeyId: 'AKIDUMBRELLA',
  secretAccessKey: 'umbrella-secret',
  sessionToken: 'umbrella-session',
};

describe('new OpenAI({ provider })', () => {
  it('runs the official Bedrock example with SigV4: responses.create and output_text, no OPENAI_API_KEY read', async () => {
    vi.stubEnv('OPENAI_API_KEY', 'sk-must-not-be-sent');
    vi.stubEnv('AWS_BEDROCK_BASE_URL', server.baseURL);
    server.on('POST', '/responses', { json: reply });

    const client = new OpenAI({ provider: bedrock({ region: 'us-west-2', endpoint: 'mantle', ...credentials }) });
    const response = await client.responses.create({ model: 'openai.gpt-5.4', input: 'Say hello!' });

    expect(response.output_text).toBe('Hello!');
    const request = server.lastRequest()!;
    expect(JSON.stringify(request.headers)).not.toContain('sk-must-not-be-sent');
    await verifySigV4(request, credentials, 'us-west-2', 'bedrock-mantle');
  });

  it('streams through the bearer provider', async () => {
    server.on('POST', '/responses', {
      sse: [
        {
          event: 'response.output_text.delta',
          data: {
            type: 'response.output_text.delta',
            delta: 'Hi',
            output_index: 0,
            content_index: 0,
            item_id: 'msg_1',
            sequence_number: 1,
          },
        },
        { event: 'response.completed', data: { type: 'response.completed', response: reply, sequence_number: 2 } },
      ],
    });
    const client = new OpenAI({ provider: bedrockBearer({ baseURL: server.baseURL, apiKey: 'bedrock-api-key' }) });

    const stream = await client.responses.create({ model: 'openai.gpt-5.4', input: 'hi', stream: true });
    const types: string[] = [];
    for await (const event of stream) types.push(event.type);

    expect(types).toEqual(['response.output_text.delta', 'response.completed']);
    expect(server.lastRequest()!.headers.authorization).toBe('Bearer bedrock-api-key');
  });

  it('calls Vertex with its token provider', async () => {
    server.on('POST', '/responses', { json: reply });
    const client = new OpenAI({
      provider: vertex({ baseURL: server.baseURL, tokenProvider: async () => 'ya29.token' }),
    });

    await client.responses.create({ model: 'openai/gpt-oss-120b', input: 'hi' });

    expect(server.lastRequest()!.headers.authorization).toBe('Bearer ya29.token');
  });

  it('refuses the options a provider replaces, naming each', () => {
    const provider = bedrockBearer({ baseURL: server.baseURL, apiKey: 'k' });
    const option = (create: () => unknown) => {
      try {
        create();
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).option;
      }
      throw new Error('expected a ConfigError');
    };
    expect(option(() => new OpenAI({ provider, apiKey: 'sk-x' }))).toBe('apiKey');
    expect(option(() => new OpenAI({ provider, baseURL: server.baseURL }))).toBe('baseURL');
    expect(option(() => new OpenAI({ provider, adminAPIKey: 'sk-admin' }))).toBe('adminAPIKey');
    const workloadIdentity = {
      identityProviderId: 'i',
      serviceAccountId: 's',
      provider: { tokenType: 'jwt', getToken: () => 't' },
    };
    expect(option(() => new OpenAI({ provider, workloadIdentity } as never))).toBe('workloadIdentity');
  });

  it('fails an admin call clearly rather than send it, or an admin key, to the provider', async () => {
    vi.stubEnv('OPENAI_ADMIN_KEY', 'sk-admin-env');
    const client = new OpenAI({ provider: bedrockBearer({ baseURL: server.baseURL, apiKey: 'k' }) });
    expect(() => client.admin.organization.projects.list()).toThrow(/no provider serves the admin API/);
    expect(server.requests).toHaveLength(0);
  });
});
