import { getResponseMeta, Stream } from '@org/core';
import { OpenAI } from '@org/openai';
import { sseDone } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';

const server = useTestServer();

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of stream) items.push(item);
  return items;
}

// The standalone `createX` functions never stream; the resource classes keep the official switch and call `streamX`.
describe('resource methods with a stream switch', () => {
  const openai = () => new OpenAI({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });

  it('streams chat.completions.create when stream is true, and returns JSON otherwise', async () => {
    server.on('POST', '/chat/completions', (request) =>
      (request.json() as { stream?: boolean }).stream
        ? { sse: [{ data: { id: 'c1', choices: [] } }, sseDone] }
        : { json: { id: 'c1', object: 'chat.completion', choices: [] } },
    );
    const messages = [{ role: 'user' as const, content: 'Hi' }];
    const streamed = await openai().chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true });
    expect(streamed).toBeInstanceOf(Stream);
    expect(await collect(streamed)).toEqual([{ id: 'c1', choices: [] }]);
    const plain = await openai().chat.completions.create({ model: 'gpt-4o-mini', messages });
    expect(plain.object).toBe('chat.completion');
    expect(getResponseMeta(plain)?.status).toBe(200);
  });

  it('streams responses.retrieve by its query switch', async () => {
    server.on('GET', '/responses/{id}', (request) =>
      request.query.get('stream') === 'true'
        ? { sse: [{ data: { type: 'response.completed', sequence_number: 1 } }] }
        : { json: { id: 'resp_1', object: 'response' } },
    );
    const streamed = await openai().responses.retrieve('resp_1', { stream: true });
    expect(await collect(streamed)).toEqual([{ type: 'response.completed', sequence_number: 1 }]);
    expect((await openai().responses.retrieve('resp_1')).id).toBe('resp_1');
  });

  it('gives audio.speech.create a binary reply unless stream_format is sse', async () => {
    server.on('POST', '/audio/speech', (request) =>
      (request.json() as { stream_format?: string }).stream_format === 'sse'
        ? { sse: [{ data: { type: 'speech.audio.done' } }] }
        : { body: new Uint8Array([1, 2, 3]), headers: { 'content-type': 'audio/mpeg' } },
    );
    const body = { model: 'gpt-4o-mini-tts', input: 'Hi', voice: 'alloy' } as const;
    const audio = await openai().audio.speech.create(body);
    expect(audio.contentType).toBe('audio/mpeg');
    expect(await audio.bytes()).toEqual(new Uint8Array([1, 2, 3]));
    const events = await openai().audio.speech.create({ ...body, stream_format: 'sse' });
    expect(await collect(events)).toEqual([{ type: 'speech.audio.done' }]);
  });
});
