import { APIUserAbortError, defineTool } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { streamChatTools } from './stream-chat-tools.js';
import { caught, chunk, collect, messages, model, sse, testClient } from './test-support/fixtures.js';

const server = useTestServer();

const add = defineTool<{ a: number; b: number }>({
  name: 'add',
  parameters: { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' } } },
  run: ({ a, b }) => a + b,
});

const callsAdd = sse(
  chunk({ role: 'assistant', tool_calls: [{ index: 0, id: 'c1', type: 'function', function: { name: 'add' } }] }),
  chunk({ tool_calls: [{ index: 0, function: { arguments: '{"a":1,' } }] }),
  chunk({ tool_calls: [{ index: 0, function: { arguments: '"b":2}' } }] }),
  chunk({
    tool_calls: [{ index: 1, id: 'c2', type: 'function', function: { name: 'add', arguments: '{"a":3,"b":4}' } }],
  }),
  chunk({}, { finish_reason: 'tool_calls' }),
);
const answers = sse(chunk({ content: '3 and ' }), chunk({ content: '7' }), chunk({}, { finish_reason: 'stop' }));

describe('streamChatTools', () => {
  it("yields each call's stream events and a step after its tools ran, then the answer", async () => {
    server.on('POST', '/chat/completions', callsAdd, answers);
    const run = streamChatTools(testClient(server), { model, messages, tools: [add] });
    const events = (await collect(run)).filter((event) => event.type !== 'chunk');
    expect(events.map((event) => event.type)).toEqual([
      'tool_call.arguments.delta',
      'tool_call.arguments.delta',
      'tool_call.arguments.delta',
      'tool_call.arguments.done',
      'tool_call.arguments.done',
      'tool_step',
      'content.delta',
      'content.delta',
      'content.done',
      'tool_step',
    ]);
    const result = await run.result();
    expect(result.completion.choices[0]?.message.content).toBe('3 and 7');
    expect(result.steps[0]?.toolResults.map((toolResult) => toolResult.output)).toEqual(['3', '7']);
    expect(server.requests.map((request) => request.json())).toMatchObject([{ stream: true }, { stream: true }]);
    expect((server.requests[1]!.json() as { messages: unknown[] }).messages.slice(1)).toEqual([
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'c1', type: 'function', function: { name: 'add', arguments: '{"a":1,"b":2}' } },
          { id: 'c2', type: 'function', function: { name: 'add', arguments: '{"a":3,"b":4}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'c1', content: '3' },
      { role: 'tool', tool_call_id: 'c2', content: '7' },
    ]);
  });

  it('abort() mid-stream of a later step settles the run and closes that request', async () => {
    server.on('POST', '/chat/completions', callsAdd, {
      sse: [{ data: chunk({ content: 'Thinking' }) }, { data: chunk({}) }],
      fault: 'stall-mid-body',
      faultAfterChunks: 1,
    });
    const run = streamChatTools(testClient(server), { model, messages, tools: [add] });
    const error = await caught(
      (async () => {
        for await (const event of run) if (event.type === 'content.delta') run.abort();
      })(),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(await caught(run.result())).toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed(1);
    expect(server.requests[1]?.aborted).toBe(true);
  });

  it('leaving the loop early aborts the run', async () => {
    server.on('POST', '/chat/completions', callsAdd, answers);
    const run = streamChatTools(testClient(server), { model, messages, tools: [add] });
    for await (const event of run) if (event.type === 'tool_step') break;
    expect(await caught(run.result())).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(1);
  });
});
