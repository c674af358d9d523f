import { APIUserAbortError, defineTool, InternalServerError } from '@org/core';
import { errorReply } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { caught } from '../../core/src/test-support/caught.js';
import { recordUnhandledRejections, settleRejections } from '../../core/src/test-support/unhandled-rejections.js';
import { OpenAI } from './generated/index.js';

const server = useTestServer();
const openai = () => new OpenAI({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
const messages = [{ role: 'user' as const, content: 'Hi' }];
const model = 'm';

const unhandled = recordUnhandledRejections();
const settle = settleRejections;

function chunk(delta: unknown, finish: string | null = null) {
  return {
    data: {
      id: 'c1',
      object: 'chat.completion.chunk',
      created: 1,
      model,
      choices: [{ index: 0, delta, finish_reason: finish }],
    },
  };
}

const hello = {
  sse: [chunk({ role: 'assistant', content: 'Hel' }), chunk({ content: 'lo' }, 'stop'), 'data: [DONE]\n\n'],
};

describe('chat.completions.stream events', () => {
  it('fires the official events in order without anything iterating', async () => {
    server.on('POST', '/chat/completions', hello);
    const seen: unknown[] = [];

    const stream = openai()
      .chat.completions.stream({ model, messages })
      .on('connect', () => seen.push('connect'))
      .on('chunk', (chunk, snapshot) => seen.push(['chunk', chunk.choices[0]?.delta.content, snapshot.id]))
      .on('content', (delta, snapshot) => seen.push(['content', delta, snapshot]))
      .on('content.delta', ({ delta, snapshot, parsed }) => seen.push(['content.delta', delta, snapshot, parsed]))
      .on('content.done', ({ content }) => seen.push(['content.done', content]))
      .on('message', (message) => seen.push(['message', message.content]))
      .on('chatCompletion', (completion) => seen.push(['chatCompletion', completion.id]))
      .on('finalChatCompletion', (completion) => seen.push(['finalChatCompletion', completion.id]))
      .on('finalMessage', (message) => seen.push(['finalMessage', message.role]))
      .on('finalContent', (content) => seen.push(['finalContent', content]))
      .on('end', () => seen.push('end'));
    await stream.done();

    expect(seen).toEqual([
      'connect',
      ['chunk', 'Hel', 'c1'],
      ['content', 'Hel', 'Hel'],
      ['content.delta', 'Hel', 'Hel', null],
      ['chunk', 'lo', 'c1'],
      ['content', 'lo', 'Hello'],
      ['content.delta', 'lo', 'Hello', null],
      ['content.done', 'Hello'],
      ['chatCompletion', 'c1'],
      ['message', 'Hello'],
      ['finalChatCompletion', 'c1'],
      ['finalMessage', 'assistant'],
      ['finalContent', 'Hello'],
      'end',
    ]);
    expect(await stream.finalContent()).toBe('Hello');
  });

  it('iterating and listening work on the same stream', async () => {
    server.on('POST', '/chat/completions', hello);
    const deltas: string[] = [];
    const stream = openai()
      .chat.completions.stream({ model, messages })
      .on('content', (delta) => deltas.push(`listened ${delta}`));

    for await (const each of stream) deltas.push(`iterated ${each.choices[0]?.delta.content}`);

    expect(deltas).toEqual(['listened Hel', 'iterated Hel', 'listened lo', 'iterated lo']);
    expect((await stream.finalChatCompletion()).choices[0]?.message.content).toBe('Hello');
  });

  it('a loop begun after listeners started the stream gets the chunks from then on', async () => {
    server.on('POST', '/chat/completions', hello);
    const stream = openai().chat.completions.stream({ model, messages });
    await stream.emitted('connect');

    const deltas: unknown[] = [];
    for await (const each of stream) deltas.push(each.choices[0]?.delta.content);

    // However many chunks the listeners read before the loop began, it gets the rest, and ends.
    expect(['Hel', 'lo'].slice(2 - deltas.length)).toEqual(deltas);
    expect(await stream.finalContent()).toBe('Hello');
  });

  it('a late loop throws the error the stream ended with', async () => {
    server.on('POST', '/chat/completions', errorReply(500, 'boom'));
    const stream = openai().chat.completions.stream({ model, messages });
    await caught(stream.emitted('chunk'));

    const loop = (async () => {
      for await (const _ of stream);
    })();

    expect(await caught(loop)).toBeInstanceOf(InternalServerError);
  });

  it('emitted() gives the payload: one argument as itself, several as a tuple', async () => {
    server.on('POST', '/chat/completions', hello);
    const stream = openai().chat.completions.stream({ model, messages });

    const [firstChunk, snapshot] = await stream.emitted('chunk');
    expect(firstChunk.choices[0]?.delta.content).toBe('Hel');
    expect(snapshot.choices[0]?.message.content).toBe('Hel');
    expect(await stream.emitted('finalContent')).toBe('Hello');
    await stream.done();
  });

  it('emitted() rejects when the stream ends without the event', async () => {
    server.on('POST', '/chat/completions', hello);
    const stream = openai().chat.completions.stream({ model, messages });

    const error = await caught(stream.emitted('refusal.done'));

    expect(String(error)).toContain("without emitting 'refusal.done'");
  });

  it('leaving the loop early fires abort then end', async () => {
    server.on('POST', '/chat/completions', hello);
    const seen: unknown[] = [];
    const stream = openai()
      .chat.completions.stream({ model, messages })
      .on('abort', (error) => seen.push(error))
      .on('end', () => seen.push('end'));

    for await (const _ of stream) break;

    expect(await caught(stream.done())).toBeInstanceOf(APIUserAbortError);
    expect(seen).toEqual([expect.any(APIUserAbortError), 'end']);
  });

  it('once() fires once and off() stops a listener', async () => {
    server.on('POST', '/chat/completions', hello);
    const once: string[] = [];
    const removed: string[] = [];
    const stopped = (delta: string) => removed.push(delta);
    const stream = openai()
      .chat.completions.stream({ model, messages })
      .once('content', (delta) => once.push(delta))
      .on('content', stopped)
      .off('content', stopped);

    await stream.done();

    expect(once).toEqual(['Hel']);
    expect(removed).toEqual([]);
  });

  it('streams tool call arguments as the official events', async () => {
    const call = (fields: Record<string, unknown>) => ({ index: 0, ...fields });
    server.on('POST', '/chat/completions', {
      sse: [
        chunk({ role: 'assistant', tool_calls: [call({ id: 'call_1', function: { name: 'f', arguments: '{"a"' } })] }),
        chunk({ tool_calls: [call({ function: { arguments: ':1}' } })] }, 'tool_calls'),
        'data: [DONE]\n\n',
      ],
    });
    const seen: unknown[] = [];

    await openai()
      .chat.completions.stream({ model, messages })
      .on('tool_calls.function.arguments.delta', (event) => seen.push(event))
      .on('tool_calls.function.arguments.done', (event) => seen.push(event))
      .done();

    expect(seen).toEqual([
      { name: 'f', index: 0, arguments: '{"a"', parsed_arguments: null, arguments_delta: '{"a"' },
      { name: 'f', index: 0, arguments: '{"a":1}', parsed_arguments: null, arguments_delta: ':1}' },
      { name: 'f', index: 0, arguments: '{"a":1}', parsed_arguments: null },
    ]);
  });

  it('a failed request fires error then end, and rejects done() and the final promises', async () => {
    server.on('POST', '/chat/completions', errorReply(500, 'boom'));
    const seen: unknown[] = [];
    const stream = openai()
      .chat.completions.stream({ model, messages })
      .on('error', (error) => seen.push(error))
      .on('end', () => seen.push('end'));

    expect(await caught(stream.done())).toBeInstanceOf(InternalServerError);
    expect(await caught(stream.finalContent())).toBeInstanceOf(InternalServerError);
    await settle();
    expect(seen).toEqual([expect.any(InternalServerError), 'end']);
    expect(unhandled).toEqual([]);
  });

  it('an error nobody listens for or awaits is no unhandled rejection', async () => {
    server.on('POST', '/chat/completions', errorReply(500, 'boom'));
    const stream = openai().chat.completions.stream({ model, messages });
    await new Promise<void>((resolve) => stream.on('content', () => {}).on('end', resolve));
    await settle();

    expect(unhandled).toEqual([]);
  });

  it('a listener throwing at the end fires error then end, and nothing hangs', async () => {
    server.on('POST', '/chat/completions', hello);
    const seen: unknown[] = [];
    const stream = openai()
      .chat.completions.stream({ model, messages })
      .on('finalContent', () => {
        throw new Error('listener failed');
      })
      .on('error', (error) => seen.push(error.message))
      .on('end', () => seen.push('end'));

    await stream.done();

    expect(seen).toEqual(['listener failed', 'end']);
    expect(await stream.finalContent()).toBe('Hello');
  });

  it('abort() from a listener fires abort then end', async () => {
    server.on('POST', '/chat/completions', {
      sse: [chunk({ role: 'assistant', content: 'Hel' }), chunk({ content: 'lo' })],
      fault: 'stall-mid-body',
      faultAfterChunks: 1,
    });
    const seen: unknown[] = [];
    const stream = openai().chat.completions.stream({ model, messages });
    stream
      .on('content', () => stream.abort())
      .on('abort', (error) => seen.push(error))
      .on('end', () => seen.push('end'));

    expect(await caught(stream.done())).toBeInstanceOf(APIUserAbortError);
    await settle();
    expect(seen).toEqual([expect.any(APIUserAbortError), 'end']);
    expect(unhandled).toEqual([]);
  });
});

function completion(content: string | null, toolCalls?: unknown[]) {
  const message = { role: 'assistant', content, refusal: null, ...(toolCalls ? { tool_calls: toolCalls } : {}) };
  return {
    id: toolCalls ? 'chatcmpl-1' : 'chatcmpl-2',
    object: 'chat.completion',
    created: 1,
    model,
    choices: [{ index: 0, message, finish_reason: toolCalls ? 'tool_calls' : 'stop', logprobs: null }],
    usage: { prompt_tokens: 2, completion_tokens: 1, total_tokens: 3 },
  };
}

describe('chat.completions.runTools events', () => {
  const call = { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } };
  const weather = defineTool({
    name: 'get_weather',
    parameters: { type: 'object', properties: { city: { type: 'string' } } },
    run: (args: { city: string }) => `cold in ${args.city}`,
  });

  it('fires message, functionToolCall and functionToolCallResult for each step, then the final events', async () => {
    server.on('POST', '/chat/completions', { json: completion(null, [call]) }, { json: completion('Cold') });
    const seen: unknown[] = [];

    const runner = openai()
      .chat.completions.runTools({ model, messages, tools: [weather] })
      .on('chatCompletion', (completion) => seen.push(['chatCompletion', completion.id]))
      .on('message', (message) => seen.push(['message', message.role, message.content]))
      .on('functionToolCall', (functionCall) => seen.push(['functionToolCall', functionCall.name]))
      .on('functionToolCallResult', (content) => seen.push(['functionToolCallResult', content]))
      .on('finalContent', (content) => seen.push(['finalContent', content]))
      .on('finalFunctionToolCallResult', (content) => seen.push(['finalFunctionToolCallResult', content]))
      .on('totalUsage', (usage) => seen.push(['totalUsage', usage.total_tokens]))
      .on('end', () => seen.push('end'));

    expect(await runner.finalContent()).toBe('Cold');
    await runner.done();
    await settle();
    expect(seen).toEqual([
      ['chatCompletion', 'chatcmpl-1'],
      ['message', 'assistant', null],
      ['functionToolCall', 'get_weather'],
      ['message', 'tool', 'cold in Oslo'],
      ['functionToolCallResult', 'cold in Oslo'],
      ['chatCompletion', 'chatcmpl-2'],
      ['message', 'assistant', 'Cold'],
      ['finalContent', 'Cold'],
      ['finalFunctionToolCallResult', 'cold in Oslo'],
      ['totalUsage', 6],
      'end',
    ]);
  });

  it('runs to its end for a listener alone, and emitted() gives the payload', async () => {
    server.on('POST', '/chat/completions', { json: completion(null, [call]) }, { json: completion('Cold') });
    const runner = openai().chat.completions.runTools({ model, messages, tools: [weather] });

    expect(await runner.emitted('functionToolCallResult')).toBe('cold in Oslo');
    expect((await runner.emitted('finalMessage')).content).toBe('Cold');
  });

  it('abort() from a listener fires abort then end and rejects the final promises', async () => {
    server.on('POST', '/chat/completions', { json: completion(null, [call]) }, { json: completion('Cold') });
    const seen: unknown[] = [];
    const runner = openai().chat.completions.runTools({ model, messages, tools: [weather] });
    runner
      .on('functionToolCallResult', () => runner.abort())
      .on('abort', (error) => seen.push(error))
      .on('end', () => seen.push('end'));

    expect(await caught(runner.finalContent())).toBeInstanceOf(APIUserAbortError);
    expect(await caught(runner.done())).toBeInstanceOf(APIUserAbortError);
    await settle();
    expect(seen).toEqual([expect.any(APIUserAbortError), 'end']);
    expect(unhandled).toEqual([]);
  });

  it('a failed model call fires error then end and rejects the final promises', async () => {
    server.on('POST', '/chat/completions', errorReply(500, 'boom'));
    const seen: unknown[] = [];
    const runner = openai()
      .chat.completions.runTools({ model, messages, tools: [weather] })
      .on('error', (error) => seen.push(error))
      .on('end', () => seen.push('end'));

    expect(await caught(runner.finalContent())).toBeInstanceOf(InternalServerError);
    expect(await caught(runner.done())).toBeInstanceOf(InternalServerError);
    await settle();
    expect(seen).toEqual([expect.any(InternalServerError), 'end']);
    expect(unhandled).toEqual([]);
  });
});

function response(text: string, status = 'completed') {
  const content = [{ type: 'output_text', text, annotations: [] }];
  return {
    id: 'resp_1',
    object: 'response',
    created_at: 1,
    model,
    status,
    output: status === 'completed' ? [{ type: 'message', id: 'msg_1', role: 'assistant', status, content }] : [],
  };
}

const textEvents = [
  { type: 'response.created', sequence_number: 0, response: response('', 'in_progress') },
  {
    type: 'response.output_item.added',
    sequence_number: 1,
    output_index: 0,
    item: { type: 'message', id: 'msg_1', role: 'assistant', status: 'in_progress', content: [] },
  },
  {
    type: 'response.content_part.added',
    sequence_number: 2,
    item_id: 'msg_1',
    output_index: 0,
    content_index: 0,
    part: { type: 'output_text', text: '', annotations: [] },
  },
  ...['Hi', ' there'].map((delta, index) => ({
    type: 'response.output_text.delta',
    sequence_number: 3 + index,
    item_id: 'msg_1',
    output_index: 0,
    content_index: 0,
    delta,
  })),
  { type: 'response.completed', sequence_number: 5, response: response('Hi there') },
];
const textReply = { sse: textEvents.map((data) => ({ event: data.type, data })) };

describe('responses.stream events', () => {
  it('fires each event under its type and as event, deltas with the text so far', async () => {
    server.on('POST', '/responses', textReply);
    const seen: unknown[] = [];

    const stream = openai()
      .responses.stream({ model, input: 'Hi' })
      .on('event', (event) => seen.push(['event', event.type]))
      .on('response.output_text.delta', (event) => seen.push(['delta', event.delta, event.snapshot]))
      .on('response.completed', (event) => seen.push(['completed', event.response.status]))
      .on('end', () => seen.push('end'));
    await stream.done();

    expect(seen).toEqual([
      ['event', 'response.created'],
      ['event', 'response.output_item.added'],
      ['event', 'response.content_part.added'],
      ['event', 'response.output_text.delta'],
      ['delta', 'Hi', 'Hi'],
      ['event', 'response.output_text.delta'],
      ['delta', ' there', 'Hi there'],
      ['event', 'response.completed'],
      ['completed', 'completed'],
      'end',
    ]);
    expect((await stream.finalResponse()).id).toBe('resp_1');
  });

  it('iterating and listening work on the same stream', async () => {
    server.on('POST', '/responses', textReply);
    const seen: string[] = [];
    const stream = openai()
      .responses.stream({ model, input: 'Hi' })
      .on('response.output_text.delta', (event) => seen.push(`listened ${event.delta}`));

    for await (const event of stream)
      if (event.type === 'response.output_text.delta') seen.push(`iterated ${event.delta}`);

    expect(seen).toEqual(['listened Hi', 'iterated Hi', 'listened  there', 'iterated  there']);
    await stream.done();
  });

  it('a loop begun after listeners started the stream gets the events from then on', async () => {
    server.on('POST', '/responses', textReply);
    const stream = openai().responses.stream({ model, input: 'Hi' });
    await stream.emitted('connect');

    const types: string[] = [];
    for await (const event of stream) types.push(event.type);

    // However many events the listeners read before the loop began, it gets the rest, and ends.
    const all = textEvents.map((event) => event.type);
    expect(all.slice(all.length - types.length)).toEqual(types);
    expect((await stream.finalResponse()).id).toBe('resp_1');
  });

  it('a failed request fires error then end and rejects finalResponse()', async () => {
    server.on('POST', '/responses', errorReply(500, 'boom'));
    const seen: unknown[] = [];
    const stream = openai()
      .responses.stream({ model, input: 'Hi' })
      .on('error', (error) => seen.push(error))
      .on('end', () => seen.push('end'));

    expect(await caught(stream.finalResponse())).toBeInstanceOf(InternalServerError);
    await settle();
    expect(seen).toEqual([expect.any(InternalServerError), 'end']);
    expect(unhandled).toEqual([]);
  });
});
