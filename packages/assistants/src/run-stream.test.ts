import {
  APIUserAbortError,
  type Client,
  createClient,
  InvalidInputError,
  isErrorKind,
  JobFailedError,
  StreamError,
  StreamTruncatedError,
} from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { streamRun } from './generated/functions/stream-run.js';
import type { RunObject } from './generated/types.js';
import type { RunSnapshot } from './run-assembly.js';
import { RunFailedError } from './run-failed-error.js';
import { RunStream, runStream, submitToolOutputsStream, threadAndRunStream } from './run-stream.js';
import type { RunStreamEvent } from './run-stream-event.js';
import { answerEvents, fakeRun, toolCallEvents } from './test-support/fixtures.js';

const server = useTestServer();
let client: Client;
beforeEach(() => {
  client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
});

const runsPath = '/threads/{thread_id}/runs';
const submitPath = '/threads/{thread_id}/runs/{run_id}/submit_tool_outputs';

describe('runStream', () => {
  it('assembles the tool calls, takes the outputs mid-loop and goes on with the run on the same stream', async () => {
    server.on('POST', runsPath, { sse: toolCallEvents(), chunkSize: 50 });
    server.on('POST', submitPath, { sse: answerEvents(), chunkSize: 50 });
    const stream = runStream(client, 'thread_1', { assistant_id: 'asst_1' }, { headers: { 'x-trace': 't1' } });
    const seen: string[] = [];
    for await (const event of stream) {
      seen.push(event.event);
      if (event.event === 'tool_call.delta' && event.index === 0) {
        expectTypeOf(event.snapshot).not.toBeAny();
      }
      if (event.event === 'thread.run.requires_action') {
        expectTypeOf(event.data).toEqualTypeOf<RunObject>();
        const calls = event.data.required_action?.submit_tool_outputs.tool_calls ?? [];
        stream.submitToolOutputs(calls.map((call) => ({ tool_call_id: call.id, output: `sunny in ${call.id}` })));
      }
    }
    expect(seen).toEqual([
      'thread.run.created',
      'thread.run.in_progress',
      'thread.run.step.created',
      'thread.run.step.delta',
      'tool_call.delta',
      'thread.run.step.delta',
      'tool_call.delta',
      'thread.run.step.delta',
      'tool_call.delta',
      'thread.run.step.delta',
      'tool_call.done',
      'tool_call.delta',
      'thread.run.requires_action',
      'tool_call.done',
      'thread.run.queued',
      'thread.run.in_progress',
      'thread.run.step.created',
      'thread.message.created',
      'thread.message.delta',
      'text.delta',
      'thread.message.delta',
      'text.delta',
      'thread.message.completed',
      'text.done',
      'thread.run.step.completed',
      'thread.run.completed',
    ]);
    expect((await stream.finalRun()).status).toBe('completed');
    const [message] = await stream.finalMessages();
    expect(message?.content).toEqual([
      { type: 'text', text: { value: 'Pack a coat for Oslo, sunglasses for Rome.', annotations: [] } },
    ]);
    const [toolStep] = await stream.finalRunSteps();
    expect(toolStep?.step_details).toEqual({
      type: 'tool_calls',
      tool_calls: [
        {
          id: 'call_oslo',
          type: 'function',
          function: { name: 'get_weather', arguments: '{"city":"Oslo"}', output: null },
        },
        {
          id: 'call_rome',
          type: 'function',
          function: { name: 'get_weather', arguments: '{"city":"Rome"}', output: null },
        },
      ],
    });
    const [create, submit] = server.requests;
    expect(create?.json()).toEqual({ assistant_id: 'asst_1', stream: true });
    expect(submit?.path).toBe('/v1/threads/thread_1/runs/run_1/submit_tool_outputs');
    expect(submit?.json()).toEqual({
      tool_outputs: [
        { tool_call_id: 'call_oslo', output: 'sunny in call_oslo' },
        { tool_call_id: 'call_rome', output: 'sunny in call_rome' },
      ],
      stream: true,
    });
    for (const request of server.requests) {
      expect(request.headers['openai-beta']).toBe('assistants=v2');
      expect(request.headers['x-trace']).toBe('t1');
    }
    expect(stream.meta?.status).toBe(200);
  });

  it('gives the text deltas with the text so far, and the whole text once the message completes', async () => {
    server.on('POST', runsPath, { sse: answerEvents('Hello there') });
    const texts: RunStreamEvent[] = [];
    for await (const event of runStream(client, 'thread_1', { assistant_id: 'asst_1' })) {
      if (event.event === 'text.delta' || event.event === 'text.done') texts.push(event);
    }
    expect(texts).toEqual([
      { event: 'text.delta', messageId: 'msg_1', index: 0, delta: 'Hello', snapshot: 'Hello', annotations: [] },
      { event: 'text.delta', messageId: 'msg_1', index: 0, delta: ' there', snapshot: 'Hello there', annotations: [] },
      { event: 'text.done', messageId: 'msg_1', index: 0, text: { value: 'Hello there', annotations: [] } },
    ]);
  });

  it('tells a subclass of each event it hands out, with the message, run step or run it built', async () => {
    server.on('POST', runsPath, { sse: answerEvents('Hello there') });
    const observed: unknown[] = [];
    class Observed extends RunStream {
      protected override observe(event: RunStreamEvent, snapshot?: RunSnapshot): void {
        const built = snapshot && 'content' in snapshot ? snapshot.content : snapshot?.status;
        observed.push([event.event, structuredClone(built)]);
      }
    }
    const stream = new Observed(client, (signal) =>
      streamRun(client, 'thread_1', { assistant_id: 'asst_1' }, {}, { signal }),
    );

    const handedOut: string[] = [];
    for await (const event of stream) handedOut.push(event.event);

    expect(observed.map((entry) => (entry as string[])[0])).toEqual(handedOut);
    const text = (value: string) => [{ type: 'text', text: { value, annotations: [] } }];
    expect(observed).toContainEqual(['thread.message.delta', [{ type: 'text', text: { value: 'Hello' } }]]);
    expect(observed).toContainEqual(['thread.message.completed', text('Hello there')]);
    expect(observed).toContainEqual(['text.done', undefined]);
    expect(observed.at(-1)).toEqual(['thread.run.completed', 'completed']);
    expect(stream.currentRun()?.status).toBe('completed');
  });

  it('passes an event it does not know through as sent', async () => {
    const events = answerEvents('Hi');
    events.splice(2, 0, { event: 'thread.future.event', data: { some: 'thing' } });
    server.on('POST', runsPath, { sse: events });
    const seen: unknown[] = [];
    const stream = runStream(client, 'thread_1', { assistant_id: 'asst_1' });
    for await (const event of stream) seen.push(event);
    expect(seen[2]).toEqual({ event: 'thread.future.event', data: { some: 'thing' } });
    expect((await stream.finalRun()).status).toBe('completed');
  });

  it('ends at requires_action when no outputs are sent: finalRun is the run waiting for them', async () => {
    server.on('POST', runsPath, { sse: toolCallEvents() });
    const stream = runStream(client, 'thread_1', { assistant_id: 'asst_1' });
    const run = await stream.finalRun();
    expect(run.status).toBe('requires_action');
    expect(run.required_action?.submit_tool_outputs.tool_calls.map((call) => call.id)).toEqual([
      'call_oslo',
      'call_rome',
    ]);
    expect(() => stream.submitToolOutputs([])).toThrow(InvalidInputError);
    expect(() => stream.submitToolOutputs([])).toThrow('the stream is over');

    server.on('POST', submitPath, { sse: answerEvents() });
    const next = submitToolOutputsStream(client, 'thread_1', run.id, { tool_outputs: [] });
    expect((await next.finalRun()).status).toBe('completed');
  });

  it('refuses outputs before the run asks for them', async () => {
    server.on('POST', runsPath, { sse: answerEvents() });
    const stream = runStream(client, 'thread_1', { assistant_id: 'asst_1' });
    for await (const event of stream) {
      if (event.event === 'thread.run.in_progress') {
        expect(() => stream.submitToolOutputs([])).toThrow(
          'the run is not waiting for tool outputs: it is in_progress',
        );
      }
    }
  });

  it.each(['failed', 'cancelled', 'expired', 'incomplete'] as const)(
    'delivers a run that ended %s, then raises RunFailedError carrying it',
    async (status) => {
      const run = fakeRun(status, {
        last_error: status === 'failed' ? { code: 'server_error', message: 'Boom.' } : null,
      });
      server.on('POST', runsPath, {
        sse: [
          { event: 'thread.run.created', data: fakeRun('queued') },
          { event: `thread.run.${status}`, data: run },
          { event: 'done', data: '[DONE]' },
        ],
      });
      const stream = runStream(client, 'thread_1', { assistant_id: 'asst_1' });
      const seen: string[] = [];
      const error = await (async () => {
        for await (const event of stream) seen.push(event.event);
      })().catch((caught: unknown) => caught);
      expect(seen).toEqual(['thread.run.created', `thread.run.${status}`]);
      expect(error).toBeInstanceOf(RunFailedError);
      expect(error).toBeInstanceOf(JobFailedError);
      expect(isErrorKind(error, 'RunFailedError') && error.run.status).toBe(status);
      await expect(stream.finalRun()).rejects.toBe(error);
      if (status === 'failed') expect((error as Error).message).toBe('The run run_1 ended failed: Boom.');
    },
  );

  it('raises an error event as a StreamError', async () => {
    server.on('POST', runsPath, {
      sse: [
        { event: 'thread.run.created', data: fakeRun('queued') },
        { event: 'error', data: { error: { message: 'Overloaded.', type: 'server_error' } } },
      ],
    });
    const error = await runStream(client, 'thread_1', { assistant_id: 'asst_1' })
      .finalRun()
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toBe('Overloaded.');
  });

  it('raises a StreamTruncatedError for a stream cut short before its [DONE]', async () => {
    server.on('POST', runsPath, { sse: [{ event: 'thread.run.in_progress', data: fakeRun('in_progress') }] });
    const error = await runStream(client, 'thread_1', { assistant_id: 'asst_1' })
      .done()
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(StreamTruncatedError);
    expect(error.message).toBe('The stream was cut short: it ended before [DONE].');
  });

  it('raises a StreamTruncatedError for a stream that ends, even with [DONE], before the run stops', async () => {
    const events = [
      { event: 'thread.run.in_progress', data: fakeRun('in_progress') },
      { event: 'done', data: '[DONE]' },
    ];
    server.on('POST', runsPath, { sse: events });
    const error = await runStream(client, 'thread_1', { assistant_id: 'asst_1' })
      .done()
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(StreamTruncatedError);
    expect(error.message).toBe('The stream was cut short: the run had not stopped (last status: in_progress).');
  });

  it('frees the connection and rejects what waits when aborted', async () => {
    server.on('POST', runsPath, { sse: answerEvents(), fault: 'stall-mid-body', faultAfterChunks: 2 });
    const stream = runStream(client, 'thread_1', { assistant_id: 'asst_1' });
    const final = stream.finalRun();
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    await iterator.next();
    const pending = iterator.next();
    stream.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(final).rejects.toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed();
  });

  it('streams a new thread and its run', async () => {
    server.on('POST', '/threads/runs', {
      sse: [
        {
          event: 'thread.created',
          data: { id: 'thread_1', object: 'thread', created_at: 1, tool_resources: null, metadata: {} },
        },
        ...answerEvents('Hi'),
      ],
    });
    const stream = threadAndRunStream(client, {
      assistant_id: 'asst_1',
      thread: { messages: [{ role: 'user', content: 'Hi' }] },
    });
    const events: RunStreamEvent[] = [];
    for await (const event of stream) events.push(event);
    expect(events[0]).toMatchObject({ event: 'thread.created', data: { id: 'thread_1' } });
    expect((await stream.finalRun()).status).toBe('completed');
    expect(server.requests[0]?.json()).toMatchObject({ assistant_id: 'asst_1', stream: true });
  });
});
