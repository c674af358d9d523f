import { APIUserAbortError, defineTool, InvalidInputError, RateLimitError } from '@org/core';
import { errorReply } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { runChatTools } from './run-chat-tools.js';
import { caught, collect, completion, messages, model, testClient } from './test-support/fixtures.js';
import { zodTool } from './zod.js';

const server = useTestServer();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const toolCall = (id: string, name: string, args: unknown) => ({
  id,
  type: 'function' as const,
  function: { name, arguments: JSON.stringify(args) },
});
const asksFor = (...calls: ReturnType<typeof toolCall>[]) => ({
  json: completion({ tool_calls: calls }, 'tool_calls'),
});
const answers = (content: string) => ({ json: completion({ content }) });

/** Tools that take 50 ms and record how many of them run at once. */
function weatherTools() {
  let running = 0;
  const stats = { maxRunning: 0, signals: [] as AbortSignal[] };
  const weather = zodTool({
    name: 'get_weather',
    description: 'The weather in a city',
    parameters: z.object({ city: z.string() }),
    run: async ({ city }, { signal }) => {
      stats.signals.push(signal);
      stats.maxRunning = Math.max(stats.maxRunning, ++running);
      await sleep(50);
      running--;
      return { city, celsius: city === 'Oslo' ? 4 : 18 };
    },
  });
  return { tools: [weather], stats };
}

describe('runChatTools', () => {
  it('runs two calls of one turn in parallel, sends both results back, and stops at the answer', async () => {
    server.on(
      'POST',
      '/chat/completions',
      asksFor(toolCall('call_1', 'get_weather', { city: 'Oslo' }), toolCall('call_2', 'get_weather', { city: 'Rome' })),
      answers('Oslo is 4°C, Rome 18°C.'),
    );
    const { tools, stats } = weatherTools();
    const run = runChatTools(testClient(server), { model, messages, tools });
    const steps = await collect(run);
    const result = await run.result();

    expect(stats.maxRunning).toBe(2);
    expect(steps.map((step) => step.toolResults.length)).toEqual([2, 0]);
    expect(result.stopReason).toBe('final_answer');
    expect(result.completion.choices[0]?.message.content).toBe('Oslo is 4°C, Rome 18°C.');
    expect(result.steps).toEqual(steps);

    const [first, second] = server.requests.map((request) => request.json() as { messages: unknown[]; tools: unknown });
    expect(first?.tools).toEqual([
      {
        type: 'function',
        function: {
          name: 'get_weather',
          description: 'The weather in a city',
          parameters: {
            type: 'object',
            properties: { city: { type: 'string' } },
            required: ['city'],
            additionalProperties: false,
          },
          strict: true,
        },
      },
    ]);
    const assistant = {
      role: 'assistant',
      content: null,
      tool_calls: [
        toolCall('call_1', 'get_weather', { city: 'Oslo' }),
        toolCall('call_2', 'get_weather', { city: 'Rome' }),
      ],
    };
    const toolMessages = [
      { role: 'tool', tool_call_id: 'call_1', content: '{"city":"Oslo","celsius":4}' },
      { role: 'tool', tool_call_id: 'call_2', content: '{"city":"Rome","celsius":18}' },
    ];
    expect(second?.messages).toEqual([...messages, assistant, ...toolMessages]);
    expect(result.messages).toEqual([
      ...messages,
      assistant,
      ...toolMessages,
      { role: 'assistant', content: 'Oslo is 4°C, Rome 18°C.' },
    ]);
  });

  it('result() alone runs the loop', async () => {
    server.on('POST', '/chat/completions', asksFor(toolCall('c1', 'get_weather', { city: 'Oslo' })), answers('Cold.'));
    const result = await runChatTools(testClient(server), { model, messages, tools: weatherTools().tools }).result();
    expect(result.steps).toHaveLength(2);
    expect(result.completion.choices[0]?.message.content).toBe('Cold.');
  });

  it('stops after maxSteps with stopReason max_steps, the last tools run so the conversation can resume', async () => {
    server.on('POST', '/chat/completions', asksFor(toolCall('c1', 'get_weather', { city: 'Oslo' })));
    const result = await runChatTools(
      testClient(server),
      { model, messages, tools: weatherTools().tools },
      { maxSteps: 3 },
    ).result();
    expect(server.requests).toHaveLength(3);
    expect(result.stopReason).toBe('max_steps');
    expect(result.steps).toHaveLength(3);
    expect(result.messages.at(-1)).toMatchObject({ role: 'tool', tool_call_id: 'c1' });
  });

  it('keeps the result when the reader leaves the loop on the last step', async () => {
    server.on('POST', '/chat/completions', asksFor(toolCall('c1', 'get_weather', { city: 'Oslo' })), answers('Cold.'));
    const run = runChatTools(testClient(server), { model, messages, tools: weatherTools().tools });
    for await (const step of run) if (step.toolResults.length === 0) break;
    await expect(run.result()).resolves.toMatchObject({ stopReason: 'final_answer', steps: [{}, {}] });
  });

  it('calls onStep once each step is done, and ends the run with the error it throws', async () => {
    server.on('POST', '/chat/completions', asksFor(toolCall('c1', 'get_weather', { city: 'Oslo' })), answers('Cold.'));
    const seen: number[] = [];
    const run = runChatTools(
      testClient(server),
      { model, messages, tools: weatherTools().tools },
      {
        onStep: (step) => {
          seen.push(step.toolResults.length);
          if (step.index === 0) throw new Error('not today');
        },
      },
    );
    await expect(run.result()).rejects.toMatchObject({ message: 'not today' });
    expect(seen).toEqual([1]);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a maxSteps that is not a positive integer', () => {
    const body = { model, messages, tools: [] };
    expect(() => runChatTools(testClient(server), body, { maxSteps: 0 })).toThrow(InvalidInputError);
    expect(() => runChatTools(testClient(server), body, { maxSteps: 1.5 })).toThrow(/maxSteps/);
  });

  it('tells the model about bad arguments, an unknown tool and a throwing tool, and goes on', async () => {
    const failing = defineTool({
      name: 'explode',
      parameters: { type: 'object' },
      run: () => {
        throw new Error('disk full');
      },
    });
    server.on(
      'POST',
      '/chat/completions',
      asksFor(
        toolCall('c1', 'get_weather', { town: 'Oslo' }),
        toolCall('c2', 'nope', {}),
        toolCall('c3', 'explode', {}),
      ),
      answers('Sorry.'),
    );
    const result = await runChatTools(testClient(server), {
      model,
      messages,
      tools: [...weatherTools().tools, failing],
    }).result();
    const outputs = result.steps[0]?.toolResults.map((toolResult) => JSON.parse(toolResult.output).error);
    expect(outputs?.[0]).toMatch(/does not match the schema: city/);
    expect(outputs?.[1]).toMatch(/no tool named "nope"/);
    expect(outputs?.[2]).toBe('disk full');
    expect(result.stopReason).toBe('final_answer');
  });

  it('abort() during the tools settles at once and aborts the signal the tools got', async () => {
    const stubborn = defineTool({
      name: 'slow',
      parameters: { type: 'object' },
      run: (_, { signal }) => {
        seen.push(signal);
        return sleep(5_000);
      },
    });
    const seen: AbortSignal[] = [];
    server.on('POST', '/chat/completions', asksFor(toolCall('c1', 'slow', {})));
    const run = runChatTools(testClient(server), { model, messages, tools: [stubborn] });
    const result = caught(run.result());
    while (seen.length === 0) await sleep(5);
    const started = Date.now();
    run.abort();
    expect(await result).toBeInstanceOf(APIUserAbortError);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(seen[0]?.aborted).toBe(true);
  });

  it("the caller's signal aborts a model call in flight; the server sees the request closed", async () => {
    server.on('POST', '/chat/completions', { ...answers('late'), delayMs: 5_000 });
    const controller = new AbortController();
    const run = runChatTools(testClient(server), { model, messages, tools: [] }, { signal: controller.signal });
    const steps = collect(run);
    await server.waitForRequests(1);
    controller.abort();
    expect(await caught(steps)).toBeInstanceOf(APIUserAbortError);
    expect(await caught(run.result())).toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed();
  });

  it('raises an API error from a step as its typed error', async () => {
    server.on('POST', '/chat/completions', errorReply(429, 'Slow down', { headers: { 'retry-after': '0' } }));
    const run = runChatTools(testClient(server), { model, messages, tools: [] });
    expect(await caught(run.result())).toBeInstanceOf(RateLimitError);
  });

  it('gives every model call its own idempotency key', async () => {
    server.on('POST', '/chat/completions', asksFor(toolCall('c1', 'get_weather', { city: 'Oslo' })), answers('ok'));
    await runChatTools(
      testClient(server),
      { model, messages, tools: weatherTools().tools },
      { idempotencyKey: 'trip' },
    ).result();
    expect(server.requests.map((request) => request.headers['idempotency-key'])).toEqual(['trip:0', 'trip:1']);
  });
});
