import { APIUserAbortError, createClient, defineTool, InvalidInputError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type ResponseToolStep, runResponseTools } from './index.js';
import { fakeResponse, functionCall, outputMessage, sentBody } from './test-support/fixtures.js';
import { zodTool } from './zod.js';

const server = useTestServer();
const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });

/** Resolves once `count` callers are waiting: proves calls run at the same time. */
function barrier(count: number): () => Promise<void> {
  let waiting = 0;
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return () => {
    if (++waiting === count) open();
    return opened;
  };
}

function weatherTool(wait = barrier(2)) {
  return zodTool({
    name: 'get_weather',
    description: 'The weather in a city.',
    parameters: z.object({ city: z.string() }),
    run: async ({ city }) => {
      await wait();
      return { city, celsius: city === 'Paris' ? 18 : 24 };
    },
  });
}

const twoCalls = fakeResponse({
  id: 'resp_1',
  output: [
    functionCall('call_1', 'get_weather', { city: 'Paris' }),
    functionCall('call_2', 'get_weather', { city: 'Rome' }),
  ],
});
const answer = fakeResponse({ id: 'resp_2', output: [outputMessage('Paris 18°C, Rome 24°C.')] });

describe('runResponseTools', () => {
  it('runs two calls in parallel, sends their outputs after previous_response_id and returns the answer', async () => {
    server.on('POST', '/responses', { json: twoCalls }, { json: answer });
    const observed: ResponseToolStep[] = [];
    const run = runResponseTools(
      client(),
      { model: 'gpt-4o-mini', input: 'Weather in Paris and Rome?', tools: [weatherTool(), { type: 'web_search' }] },
      { onStep: (step) => void observed.push(step) },
    );
    const steps: ResponseToolStep[] = [];
    for await (const step of run) steps.push(step);

    expect((await run.result()).response).toEqual({ ...answer, output_text: 'Paris 18°C, Rome 24°C.' });
    expect(steps).toEqual(observed);
    expect(steps.map((step) => [step.index, step.response.id, step.toolResults.length])).toEqual([
      [0, 'resp_1', 2],
      [1, 'resp_2', 0],
    ]);
    expect(steps[0]?.toolResults.map((result) => result.value)).toEqual([
      { city: 'Paris', celsius: 18 },
      { city: 'Rome', celsius: 24 },
    ]);
    const [first, second] = [sentBody(server.requests[0]), sentBody(server.requests[1])];
    expect(first.tools).toEqual([
      {
        type: 'function',
        name: 'get_weather',
        description: 'The weather in a city.',
        parameters: {
          type: 'object',
          properties: { city: { type: 'string' } },
          required: ['city'],
          additionalProperties: false,
        },
        strict: true,
      },
      { type: 'web_search' },
    ]);
    expect(first).toMatchObject({ stream: false, input: 'Weather in Paris and Rome?' });
    expect(first.previous_response_id).toBeUndefined();
    expect(second).toMatchObject({
      previous_response_id: 'resp_1',
      tools: first.tools,
      input: [
        { type: 'function_call_output', call_id: 'call_1', output: '{"city":"Paris","celsius":18}' },
        { type: 'function_call_output', call_id: 'call_2', output: '{"city":"Rome","celsius":24}' },
      ],
    });
  });

  it('resends the whole conversation when store is false', async () => {
    server.on('POST', '/responses', { json: twoCalls }, { json: answer });
    const run = runResponseTools(client(), {
      model: 'gpt-4o-mini',
      input: 'Weather?',
      store: false,
      tools: [weatherTool()],
    });
    await run.result();
    const second = sentBody(server.requests[1]);
    expect(second.previous_response_id).toBeUndefined();
    expect(second.input).toEqual([
      { role: 'user', content: 'Weather?' },
      ...twoCalls.output,
      { type: 'function_call_output', call_id: 'call_1', output: '{"city":"Paris","celsius":18}' },
      { type: 'function_call_output', call_id: 'call_2', output: '{"city":"Rome","celsius":24}' },
    ]);
  });

  it('continues in the same conversation without previous_response_id', async () => {
    server.on('POST', '/responses', { json: twoCalls }, { json: answer });
    const body = { model: 'gpt-4o-mini', input: 'Weather?', conversation: 'conv_1', tools: [weatherTool()] };
    await runResponseTools(client(), body).result();
    const second = sentBody(server.requests[1]);
    expect(second).toMatchObject({ conversation: 'conv_1', input: [{ call_id: 'call_1' }, { call_id: 'call_2' }] });
    expect(second.previous_response_id).toBeUndefined();
  });

  it('tells the model about an unknown tool or a failing one, and goes on', async () => {
    const calls = fakeResponse({ output: [functionCall('call_1', 'nope', {}), functionCall('call_2', 'fail', {})] });
    server.on('POST', '/responses', { json: calls }, { json: answer });
    const fail = defineTool({ name: 'fail', parameters: {}, run: () => Promise.reject(new Error('disk full')) });
    await runResponseTools(client(), { model: 'gpt-4o-mini', input: 'x', tools: [fail] }).result();
    const input = sentBody(server.requests[1]).input as { output: string }[];
    const outputs = input.map((item) => JSON.parse(item.output).error);
    expect(outputs).toEqual(['There is no tool named "nope". Available: fail.', 'disk full']);
  });

  it('takes a response without output, as compatible servers may send it, as the final answer', async () => {
    const { output: _, ...bare } = fakeResponse();
    server.on('POST', '/responses', { json: bare });
    const run = runResponseTools(client(), { model: 'gpt-4o-mini', input: 'x', tools: [weatherTool()] });
    await expect(run.result()).resolves.toMatchObject({ stopReason: 'final_answer', response: { output_text: '' } });
  });

  it('keeps the final response when the reader leaves on the last step', async () => {
    server.on('POST', '/responses', { json: twoCalls }, { json: answer });
    const run = runResponseTools(client(), { model: 'gpt-4o-mini', input: 'x', tools: [weatherTool()] });
    for await (const step of run) if (step.toolResults.length === 0) break;
    await expect(run.result()).resolves.toMatchObject({ response: answer, stopReason: 'final_answer' });
  });

  it('stops after maxSteps with stopReason max_steps; the last calls still run, so the run can go on', async () => {
    const again = (id: string) => fakeResponse({ id, output: [functionCall(`call_${id}`, 'count', {})] });
    server.on('POST', '/responses', { json: again('resp_1') }, { json: again('resp_2') }, { json: again('resp_3') });
    let runs = 0;
    const count = defineTool({ name: 'count', parameters: {}, run: () => ++runs });
    const run = runResponseTools(client(), { model: 'gpt-4o-mini', input: 'x', tools: [count] }, { maxSteps: 2 });
    const steps: number[] = [];
    for await (const step of run) steps.push(step.index);
    const result = await run.result();
    expect(steps).toEqual([0, 1]);
    expect(result.stopReason).toBe('max_steps');
    expect(result.response.id).toBe('resp_2');
    expect(result.steps.at(-1)?.toolResults.map((toolResult) => toolResult.output)).toEqual(['2']);
    expect(runs).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it('refuses a maxSteps that is not a positive integer, before any request', () => {
    const body = { model: 'gpt-4o-mini', input: 'x', tools: [] };
    expect(() => runResponseTools(client(), body, { maxSteps: 0 })).toThrow(InvalidInputError);
    expect(() => runResponseTools(client(), body, { maxSteps: Number.NaN })).toThrow(/maxSteps/);
    expect(server.requests).toHaveLength(0);
  });

  it('ends the run with the error an onStep callback throws', async () => {
    server.on('POST', '/responses', { json: twoCalls }, { json: answer });
    const failure = new Error('stop here');
    const run = runResponseTools(
      client(),
      { model: 'gpt-4o-mini', input: 'x', tools: [weatherTool()] },
      {
        onStep: () => {
          throw failure;
        },
      },
    );
    await expect(run.result()).rejects.toMatchObject({ message: 'stop here', cause: failure });
    expect(server.requests).toHaveLength(1);
  });

  it('gives every model call its own idempotency key', async () => {
    server.on('POST', '/responses', { json: twoCalls }, { json: answer });
    await runResponseTools(
      client(),
      { model: 'gpt-4o-mini', input: 'x', tools: [weatherTool()] },
      { idempotencyKey: 'order-7' },
    ).result();
    expect(server.requests.map((request) => request.headers['idempotency-key'])).toEqual(['order-7:0', 'order-7:1']);
  });

  it('aborts the tools in flight, even one that ignores its signal, and settles the run', async () => {
    server.on('POST', '/responses', { json: twoCalls });
    let toolSignal: AbortSignal | undefined;
    let markStarted: () => void = () => {};
    const started = new Promise<void>((resolve) => {
      markStarted = resolve;
    });
    const slow = defineTool({
      name: 'get_weather',
      parameters: {},
      run: (_args, { signal }) => {
        toolSignal = signal;
        markStarted();
        return new Promise(() => {}); // never settles, ignores the signal
      },
    });
    const controller = new AbortController();
    const run = runResponseTools(
      client(),
      { model: 'gpt-4o-mini', input: 'x', tools: [slow] },
      { signal: controller.signal },
    );
    // Awaiting (here: attaching a handler) is what starts a run nobody iterates.
    const final = run.result().catch((error: unknown) => error);
    await started;
    controller.abort();
    expect(await final).toBeInstanceOf(APIUserAbortError);
    expect(toolSignal?.aborted).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('aborts the model call in flight, closing its connection', async () => {
    server.on('POST', '/responses', { fault: 'stall' });
    const run = runResponseTools(client(), { model: 'gpt-4o-mini', input: 'x', tools: [weatherTool()] });
    // Awaiting (here: attaching a handler) is what starts a run nobody iterates.
    const final = run.result().catch((error: unknown) => error);
    await server.waitForRequests(1);
    run.abort();
    expect(await final).toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed();
  });
});
