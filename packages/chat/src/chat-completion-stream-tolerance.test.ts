import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { chatCompletionStream } from './chat-completion-stream.js';
import { chunk, collect, messages, model, sse, testClient } from './test-support/fixtures.js';

// Recorded shapes of what OpenAI-compatible servers send, served as SSE by the local server.
const server = useTestServer();

async function assemble(...chunks: unknown[]) {
  server.on('POST', '/chat/completions', sse(...chunks));
  const stream = chatCompletionStream(testClient(server), { model, messages });
  const events = (await collect(stream)).filter((event) => event.type !== 'chunk');
  return { events, completion: await stream.finalChatCompletion() };
}

const usage = { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 };
const call = (fragment: Record<string, unknown>) => chunk({ tool_calls: [fragment] });

describe('chat stream assembly tolerates', () => {
  it("Azure's content-filter chunks: empty choices first, filter results, a choice without delta", async () => {
    const filter = { hate: { filtered: false, severity: 'safe' } };
    const { events, completion } = await assemble(
      { id: '', object: '', created: 0, model: '', choices: [], prompt_filter_results: [{ prompt_index: 0, filter }] },
      chunk({ role: 'assistant', content: '' }, { content_filter_results: {} }),
      chunk({ content: 'Hi' }, { content_filter_results: filter }),
      { ...chunk(undefined, { finish_reason: 'stop', content_filter_results: filter }), model: '' },
    );
    expect(events.map((event) => event.type)).toEqual(['content.delta', 'content.done']);
    expect(completion).toMatchObject({
      id: 'chatcmpl-1',
      model,
      prompt_filter_results: [{ prompt_index: 0, filter }],
      choices: [{ message: { content: 'Hi' }, finish_reason: 'stop', content_filter_results: filter }],
    });
  });

  it('no assistant role, and a usage-only final chunk', async () => {
    const { completion } = await assemble(chunk({ content: 'Hi' }, { finish_reason: 'stop' }), {
      ...chunk(undefined),
      choices: [],
      usage,
    });
    expect(completion.choices[0]?.message).toEqual({ role: 'assistant', content: 'Hi', refusal: null });
    expect(completion.usage).toEqual(usage);
  });

  it('usage: null on every chunk before the usage chunk', async () => {
    const { completion } = await assemble({ ...chunk({ content: 'Hi' }), usage: null }, { ...chunk({}), usage });
    expect(completion.usage).toEqual(usage);
  });

  it('tool calls that all reuse index 0, told apart by their ids', async () => {
    const { completion, events } = await assemble(
      call({ index: 0, id: 'call_a', type: 'function', function: { name: 'a', arguments: '{"x":' } }),
      call({ index: 0, function: { arguments: '1}' } }),
      call({ index: 0, id: 'call_b', type: 'function', function: { name: 'b', arguments: '{}' } }),
      chunk({}, { finish_reason: 'tool_calls' }),
    );
    expect(completion.choices[0]?.message.tool_calls).toEqual([
      { id: 'call_a', type: 'function', function: { name: 'a', arguments: '{"x":1}' } },
      { id: 'call_b', type: 'function', function: { name: 'b', arguments: '{}' } },
    ]);
    expect(events.filter((event) => event.type === 'tool_call.arguments.done')).toMatchObject([
      { index: 0, id: 'call_a', arguments: '{"x":1}' },
      { index: 1, id: 'call_b', arguments: '{}' },
    ]);
  });

  it('tool calls without an index, routed by id, even when interleaved', async () => {
    const { completion } = await assemble(
      call({ id: 'call_a', function: { name: 'a', arguments: '{"x"' } }),
      call({ id: 'call_b', function: { name: 'b', arguments: '{"y"' } }),
      call({ id: 'call_a', function: { arguments: ':1}' } }),
      call({ id: 'call_b', function: { arguments: ':2}' } }),
    );
    expect(completion.choices[0]?.message.tool_calls?.map((c) => c.type === 'function' && c.function)).toEqual([
      { name: 'a', arguments: '{"x":1}' },
      { name: 'b', arguments: '{"y":2}' },
    ]);
  });

  it('continuation fragments with neither id nor index, an id arriving late, a name repeated in every fragment', async () => {
    const { completion } = await assemble(
      call({ index: 3, function: { name: 'lookup', arguments: '{"q":' } }),
      call({ index: 3, id: 'call_late', function: { name: 'lookup', arguments: '"a"' } }),
      call({ function: { name: 'lookup', arguments: '}' } }),
      call({ index: 4, id: 'call_2', function: { name: 'other', arguments: '' } }),
    );
    expect(completion.choices[0]?.message.tool_calls).toEqual([
      { id: 'call_late', type: 'function', function: { name: 'lookup', arguments: '{"q":"a"}' } },
      { id: 'call_2', type: 'function', function: { name: 'other', arguments: '' } },
    ]);
  });

  it('a stream that ends without finish_reason: the done events still come', async () => {
    const { completion, events } = await assemble(chunk({ content: 'Hi' }));
    expect(events.at(-1)).toEqual({ type: 'content.done', choiceIndex: 0, content: 'Hi' });
    expect(completion.choices[0]?.finish_reason).toBeNull();
  });

  it('odd values anywhere without throwing', async () => {
    const { completion } = await assemble(
      'text',
      42,
      null,
      { choices: 'none' },
      { choices: [null, 'x', { index: 'zero', delta: null, logprobs: 'x', finish_reason: 7 }] },
      chunk({ content: 5, refusal: {}, tool_calls: 'x' }),
      chunk({ tool_calls: [null, 'x', { index: 'x', id: 7, function: 'f' }] }),
      chunk({ content: 'ok' }, { finish_reason: 'stop' }),
    );
    expect(completion.choices).toHaveLength(1);
    expect(completion.choices[0]?.message.content).toBe('ok');
  });

  it('extra delta fields of compatible servers: text appended, objects folded', async () => {
    const { completion } = await assemble(
      chunk({ reasoning_content: 'Think' }),
      chunk({ reasoning_content: 'ing', function_call: { name: 'f', arguments: '{' } }),
      chunk({ function_call: { arguments: '}' }, annotations: [{ type: 'url_citation' }] }),
    );
    expect(completion.choices[0]?.message).toMatchObject({
      reasoning_content: 'Thinking',
      function_call: { name: 'f', arguments: '{}' },
      annotations: [{ type: 'url_citation' }],
    });
  });

  it('keys that would reach a prototype', async () => {
    const poison = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    const { completion } = await assemble(
      { ...chunk({ ...poison, content: 'Hi', nested: poison }, poison), ...poison },
      call({ index: 0, id: 'c', function: { ...poison, name: 'f', arguments: '{}' }, ...poison }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(completion)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(completion.choices[0]?.message)).toBe(Object.prototype);
    expect(completion.choices[0]?.message.content).toBe('Hi');
    expect(Object.hasOwn(completion, 'constructor')).toBe(false);
  });
});
