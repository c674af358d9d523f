import { createClient } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createResponse } from './generated/functions/create-response.js';
import { retrieveResponse } from './generated/functions/retrieve-response.js';
import { responseStream } from './response-stream.js';
import { fakeResponse, functionCall, outputMessage, sseReply, textEvents } from './test-support/fixtures.js';

const server = useTestServer();
const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });

describe('output_text', () => {
  it('is the text of every message of a created response, joined', async () => {
    const output = [
      outputMessage('Paris is ', 'msg_1'),
      functionCall('call_1', 'f', {}),
      outputMessage('sunny.', 'msg_2'),
    ];
    server.on('POST', '/responses', { json: fakeResponse({ output }) });
    const response = await createResponse(client(), { model: 'gpt-4o-mini', input: 'Weather?' });
    expect(response.output_text).toBe('Paris is sunny.');
  });

  it('is empty, not a TypeError, when a compatible server leaves out output', async () => {
    server.on('GET', '/responses/resp_1', { json: { id: 'resp_1', object: 'response' } });
    expect((await retrieveResponse(client(), 'resp_1')).output_text).toBe('');
  });

  it("is set on a stream's final response", async () => {
    server.on('POST', '/responses', sseReply(textEvents(['Hel', 'lo'])));
    const stream = responseStream(client(), { model: 'gpt-4o-mini', input: 'Hi', stream: true });
    expect((await stream.finalResponse()).output_text).toBe('Hello');
  });
});
