import { createClient } from '@org/core';
import { bedrock } from '@org/core/providers/bedrock-aws';
import { useTestServer } from '@org/testing/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifySigV4 } from '../../core/src/test-support/verify-sigv4.js';
import { createResponse } from './generated/functions/create-response.js';
import { getOutputText } from './get-output-text.js';

const server = useTestServer();
afterEach(() => vi.unstubAllEnvs());

const credentials = { accessKeyId: 'AKIDRESPONSES', secretAccessKey: 'responses-secret' };

describe('createResponse through a provider', () => {
  it('is signed for Bedrock by a client from @org/core, with no OPENAI_API_KEY set', async () => {
    vi.stubEnv('OPENAI_API_KEY', '');
    server.on('POST', '/responses', {
      json: {
        id: 'resp_1',
        object: 'response',
        status: 'completed',
        output: [
          { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Hello!', annotations: [] }] },
        ],
      },
    });
    const client = createClient({
      provider: bedrock({ baseURL: server.baseURL, endpoint: 'mantle', region: 'us-east-1', ...credentials }),
    });

    const response = await createResponse(client, { model: 'openai.gpt-5.4', input: 'Say hello!' });

    expect(getOutputText(response)).toBe('Hello!');
    await verifySigV4(server.lastRequest()!, credentials, 'us-east-1', 'bedrock-mantle');
  });
});
