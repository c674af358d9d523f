import { APIUserAbortError, type Client, createClient, defineTool, InvalidInputError } from '@org/core';
import type { RecordedRequest } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { runAssistantTools } from './run-assistant-tools.js';
import { RunFailedError } from './run-failed-error.js';
import type { AssistantToolRunEvent } from './stream-assistant-tools.js';
import { streamAssistantTools } from './stream-assistant-tools.js';
import { answerEvents, fakeRun, runRequiringAction, toolCallEvents, weatherCall } from './test-support/fixtures.js';
import { zodTool } from './zod.js';

const server = useTestServer();
let client: Client;
beforeEach(() => {
  client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const runsPath = '/threads/{thread_id}/runs';
const runPath = '/threads/{thread_id}/runs/{run_id}';
const submitPath = `${runPath}/submit_tool_outputs`;

/** A zod-typed weather tool that takes 50 ms and records how many calls run at once. */
function weatherTool() {
  let running = 0;
  const stats = { maxRunning: 0, cities: [] as string[] };
  const tool = zodTool({
    name: 'get_weather',
    description: 'The weather in a city',
    parameters: z.object({ city: z.string() }),
    run: async ({ city }) => {
      expectTypeOf(city).toEqualTypeOf<string>();
      stats.cities.push(city);
      stats.maxRunning = Math.max(stats.maxRunning, ++running);
      await sleep(50);
      running--;
      return { city, celsius: city === 'Oslo' ? 4 : 18 };
    },
  });
  return { tool, stats };
}

/** The polled API: the run asks for the weather in Oslo and Rome once, then completes after the outputs. */
function scriptPolledRun(): { submitted: RecordedRequest[] } {
  const submitted: RecordedRequest[] = [];
  let answered = false;
  server.on('POST', runsPath, { json: fakeRun('queued') });
  let checks = 0;
  server.on('GET', runPath, () => {
    checks++;
    if (answered) return { json: fakeRun('completed') };
    if (checks === 1) return { json: fakeRun('in_progress'), headers: { 'openai-poll-after-ms': '5' } };
    return { json: runRequiringAction(weatherCall('call_oslo', 'Oslo'), weatherCall('call_rome', 'Rome')) };
  });
  server.on('POST', submitPath, (request) => {
    submitted.push(request);
    answered = true;
    return { json: fakeRun('queued'), headers: { 'openai-poll-after-ms': '5' } };
  });
  return { submitted };
}

const expectedOutputs = [
  { tool_call_id: 'call_oslo', output: '{"city":"Oslo","celsius":4}' },
  { tool_call_id: 'call_rome', output: '{"city":"Rome","celsius":18}' },
];

describe('runAssistantTools', () => {
  it('answers a run that asks for two tool calls, run in parallel, polling until it completes', async () => {
    const { submitted } = scriptPolledRun();
    const { tool, stats } = weatherTool();
    const steps: number[] = [];
    const run = runAssistantTools(
      client,
      'thread_1',
      { assistant_id: 'asst_1', tools: [tool, { type: 'file_search' }] },
      { pollIntervalMs: 60_000, onStep: (step) => void steps.push(step.toolResults.length) },
    );
    const result = await run.result();
    expect(result.stopReason).toBe('final_answer');
    expect(result.run.status).toBe('completed');
    expect(result.steps.map((step) => [step.run.status, step.toolResults.map((r) => r.call.name)])).toEqual([
      ['requires_action', ['get_weather', 'get_weather']],
      ['completed', []],
    ]);
    expect(steps).toEqual([2, 0]);
    expect(stats.maxRunning).toBe(2);
    expect(stats.cities).toEqual(['Oslo', 'Rome']);
    expect(server.requests[0]?.json()).toEqual({
      assistant_id: 'asst_1',
      tools: [
        {
          type: 'function',
          function: {
            name: 'get_weather',
            description: 'The weather in a city',
            parameters: expect.objectContaining({ type: 'object' }),
            strict: true,
          },
        },
        { type: 'file_search' },
      ],
    });
    expect(submitted.map((request) => request.json())).toEqual([{ tool_outputs: expectedOutputs }]);
    for (const request of server.requests) expect(request.headers['openai-beta']).toBe('assistants=v2');
  });

  it('tells the run of an unknown tool or bad arguments, and goes on', async () => {
    server.on('POST', runsPath, {
      json: runRequiringAction(
        { id: 'c1', type: 'function', function: { name: 'nope', arguments: '{}' } },
        { id: 'c2', type: 'function', function: { name: 'get_weather', arguments: '{"town":1}' } },
      ),
    });
    server.on('POST', submitPath, { json: fakeRun('completed') });
    const { tool } = weatherTool();
    await runAssistantTools(client, 'thread_1', { assistant_id: 'asst_1', tools: [tool] }).result();
    const { tool_outputs: outputs } = server.requests[1]!.json() as {
      tool_outputs: { tool_call_id: string; output: string }[];
    };
    expect(outputs.map((output) => output.tool_call_id)).toEqual(['c1', 'c2']);
    expect(JSON.parse(outputs[0]!.output).error).toContain('no tool named "nope"');
    expect(JSON.parse(outputs[1]!.output).error).toContain('city');
  });

  it('stops at maxSteps with the tools run but their outputs unsent, the run waiting for them', async () => {
    scriptPolledRun();
    const { tool } = weatherTool();
    const result = await runAssistantTools(
      client,
      'thread_1',
      { assistant_id: 'asst_1', tools: [tool] },
      { maxSteps: 1, pollIntervalMs: 5 },
    ).result();
    expect(result.stopReason).toBe('max_steps');
    expect(result.run.status).toBe('requires_action');
    expect(result.steps[0]?.toolResults.map((toolResult) => toolResult.output)).toEqual(
      expectedOutputs.map((output) => output.output),
    );
    expect(server.requests.some((request) => request.path.endsWith('/submit_tool_outputs'))).toBe(false);
  });

  it('rejects a run that fails with RunFailedError', async () => {
    server.on('POST', runsPath, { json: fakeRun('queued') });
    server.on('GET', runPath, { json: fakeRun('failed', { last_error: { code: 'server_error', message: 'Boom.' } }) });
    const run = runAssistantTools(client, 'thread_1', { assistant_id: 'asst_1', tools: [] }, { pollIntervalMs: 5 });
    const error = await run.result().catch((caught) => caught);
    expect(error).toBeInstanceOf(RunFailedError);
    expect(error.run.last_error.message).toBe('Boom.');
  });

  it('stops the wait and the tools at once when aborted', async () => {
    server.on('POST', runsPath, { json: runRequiringAction(weatherCall('c1', 'Oslo')) });
    let toolSignal: AbortSignal | undefined;
    const slow = defineTool({
      name: 'get_weather',
      parameters: { type: 'object' },
      run: (_, { signal }) => {
        toolSignal = signal;
        return sleep(5_000);
      },
    });
    const controller = new AbortController();
    const run = runAssistantTools(
      client,
      'thread_1',
      { assistant_id: 'asst_1', tools: [slow] },
      { signal: controller.signal },
    );
    // Awaiting the result starts the run.
    const settled = run.result().catch((caught: unknown) => caught);
    while (!toolSignal) await sleep(5);
    const started = Date.now();
    controller.abort();
    expect(await settled).toBeInstanceOf(APIUserAbortError);
    expect(toolSignal.aborted).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('refuses a step limit below 1', () => {
    expect(() => runAssistantTools(client, 'thread_1', { assistant_id: 'asst_1', tools: [] }, { maxSteps: 0 })).toThrow(
      InvalidInputError,
    );
  });
});

describe('streamAssistantTools', () => {
  it('streams a run that asks for two tool calls, answers them, and streams it to completion', async () => {
    server.on('POST', runsPath, { sse: toolCallEvents() });
    const submitted: RecordedRequest[] = [];
    server.on('POST', submitPath, (request) => {
      submitted.push(request);
      return { sse: answerEvents() };
    });
    const { tool, stats } = weatherTool();
    const run = streamAssistantTools(client, 'thread_1', { assistant_id: 'asst_1', tools: [tool] });
    const events: AssistantToolRunEvent[] = [];
    let text = '';
    for await (const event of run) {
      events.push(event);
      if (event.event === 'text.delta') text += event.delta;
    }
    const result = await run.result();
    expect(text).toBe('Pack a coat for Oslo, sunglasses for Rome.');
    expect(result.run.status).toBe('completed');
    expect(result.stopReason).toBe('final_answer');
    expect(stats.maxRunning).toBe(2);
    const names = events.map((event) => event.event);
    expect(names.filter((name) => name === 'tool_step')).toHaveLength(2);
    expect(names.indexOf('tool_step')).toBe(names.indexOf('thread.run.requires_action') + 2);
    expect(names.at(-1)).toBe('tool_step');
    expect(submitted.map((request) => request.json())).toEqual([{ tool_outputs: expectedOutputs, stream: true }]);
    expect(server.requests[0]?.json()).toMatchObject({ assistant_id: 'asst_1', stream: true });
  });
});
