import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { OpenAI } from '../generated/index.js';
import { zodFunction, zodResponseFormat, zodTextFormat } from './zod.js';

const server = useTestServer();
const openai = () => new OpenAI({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
const Place = z.object({ city: z.string() });

function completion(message: Record<string, unknown>, finish = 'stop') {
  const choice = {
    index: 0,
    message: { role: 'assistant', content: null, refusal: null, ...message },
    finish_reason: finish,
    logprobs: null,
  };
  return { id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: 'm', choices: [choice] };
}

describe('@org/openai/helpers/zod', () => {
  it('zodResponseFormat: chat.completions.parse gives the parsed object', async () => {
    server.on('POST', '/chat/completions', { json: completion({ content: '{"city":"Oslo"}' }) });

    const parsed = await openai().chat.completions.parse({
      model: 'm',
      messages: [{ role: 'user', content: 'Where?' }],
      response_format: zodResponseFormat(Place, 'place'),
    });

    expect(parsed.choices[0]?.message.parsed).toEqual({ city: 'Oslo' });
    expect(server.requests[0]?.json()).toMatchObject({
      response_format: { type: 'json_schema', json_schema: { name: 'place', strict: true } },
    });
  });

  it('zodTextFormat: responses.parse gives outputParsed', async () => {
    const output = [
      {
        type: 'message',
        id: 'msg_1',
        role: 'assistant',
        status: 'completed',
        content: [{ type: 'output_text', text: '{"city":"Rome"}', annotations: [] }],
      },
    ];
    server.on('POST', '/responses', {
      json: { id: 'resp_1', object: 'response', created_at: 1, model: 'm', status: 'completed', output },
    });

    const parsed = await openai().responses.parse({
      model: 'm',
      input: 'Where?',
      text: { format: zodTextFormat(Place, 'place') },
    });

    expect(parsed.outputParsed).toEqual({ city: 'Rome' });
  });

  it('zodFunction: runTools calls its function with the checked arguments', async () => {
    const call = { id: 'call_1', type: 'function', function: { name: 'weather', arguments: '{"city":"Oslo"}' } };
    server.on(
      'POST',
      '/chat/completions',
      { json: completion({ tool_calls: [call] }, 'tool_calls') },
      { json: completion({ content: 'Cold' }) },
    );
    const cities: string[] = [];
    const weather = zodFunction({
      name: 'weather',
      parameters: Place,
      function: ({ city }) => {
        cities.push(city);
        return 'cold';
      },
    });

    const result = await openai()
      .chat.completions.runTools({ model: 'm', messages: [{ role: 'user', content: 'Oslo?' }], tools: [weather] })
      .result();

    expect(cities).toEqual(['Oslo']);
    expect(result.completion.choices[0]?.message.content).toBe('Cold');
  });

  it('a zod 3 schema is refused with a message that says what to import', () => {
    expect(() => zodResponseFormat({ parse: () => ({}) } as never, 'place')).toThrow(/zod\/v4/);
  });
});
