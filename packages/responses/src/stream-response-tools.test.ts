import { APIUserAbortError, createClient, defineTool } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { ResponseFailedError, streamResponseTools } from './index.js';
import { fakeResponse, functionCall, numbered, sentBody, sseReply, textEvents } from './test-support/fixtures.js';

const server = useTestServer();
const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
const add = defineTool<{ a: number; b: number }>({
  name: 'add',
  parameters: { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' } } },
  run: ({ a, b }) => a + b,
});
const body = { model: 'gpt-4o-mini', input: 'What is 1+2 and 3+4?', tools: [add] };

/** A streamed step in which the model calls `add` twice, its arguments arriving in two deltas each. */
function callEvents() {
  const calls = [functionCall('call_1', 'add', { a: 1, b: 2 }), functionCall('call_2', 'add', { a: 3, b: 4 })];
  const started = fakeResponse({ status: 'in_progress' });
  return numbered([
    { type: 'response.created', response: started },
    ...calls.flatMap((item, output_index) => {
      const ids = { item_id: item.id ?? '', output_index };
      const args = item.arguments;
      return [
        {
          type: 'response.output_item.added' as const,
          output_index,
          item: { ...item, arguments: '', status: 'in_progress' as const },
        },
        { type: 'response.function_call_arguments.delta' as const, ...ids, delta: args.slice(0, 4) },
        { type: 'response.function_call_arguments.delta' as const, ...ids, delta: args.slice(4) },
        { type: 'response.function_call_arguments.done' as const, ...ids, name: 'add', arguments: args },
        { type: 'response.output_item.done' as const, output_index, item },
      ];
    }),
    { type: 'response.completed', response: fakeResponse({ output: calls }) },
  ]);
}

describe('streamResponseTools', () => {
  it('passes on every event of every step, with a tool_step event after each step', async () => {
    server.on('POST', '/responses', sseReply(callEvents()), sseReply(textEvents(['3 and ', '7.'], { id: 'resp_2' })));
    const run = streamResponseTools(client(), body);
    const types: string[] = [];
    let text = '';
    for await (const event of run) {
      types.push(event.type);
      if (event.type === 'response.output_text.delta') text += event.delta;
      if (event.type === 'tool_step' && event.step.index === 0) {
        expect(event.step.toolResults.map((result) => result.output)).toEqual(['3', '7']);
      }
    }
    expect(text).toBe('3 and 7.');
    expect(types.filter((type) => type === 'tool_step')).toHaveLength(2);
    expect(types.indexOf('tool_step')).toBe(types.indexOf('response.completed') + 1);
    expect(types.at(-1)).toBe('tool_step');
    expect((await run.result()).response.id).toBe('resp_2');
    const second = sentBody(server.requests[1]);
    expect(second).toMatchObject({
      stream: true,
      previous_response_id: 'resp_1',
      input: [{ output: '3' }, { output: '7' }],
    });
  });

  it('raises ResponseFailedError when a step fails', async () => {
    const failed = fakeResponse({ status: 'failed', error: { code: 'server_error', message: 'Down.' } });
    server.on('POST', '/responses', sseReply(numbered([{ type: 'response.failed', response: failed }])));
    await expect(streamResponseTools(client(), body).result()).rejects.toBeInstanceOf(ResponseFailedError);
  });

  it('aborts mid-stream, closing the connection', async () => {
    server.on('POST', '/responses', sseReply(callEvents(), { fault: 'stall-mid-body', faultAfterChunks: 3 }));
    const run = streamResponseTools(client(), body);
    const iterator = run[Symbol.asyncIterator]();
    await iterator.next();
    run.abort();
    await expect(iterator.next()).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(run.result()).rejects.toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed();
  });
});
