import { APIUserAbortError, InvalidInputError, StreamError, StreamTruncatedError } from '@org/core';
import type { SSEEvent } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { caught } from '../../core/src/test-support/caught.js';
import { recordUnhandledRejections, settleRejections } from '../../core/src/test-support/unhandled-rejections.js';
import { OpenAI } from './generated/index.js';
import { AssistantStream } from './lib/AssistantStream.js';
import { OfficialRunStream } from './official-run-stream.js';

const server = useTestServer();
const openai = () => new OpenAI({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
const runsPath = '/threads/thread_1/runs';
const stream = () => openai().beta.threads.runs.stream('thread_1', { assistant_id: 'asst_1' });

const unhandled = recordUnhandledRejections();
const settle = settleRejections;

const run = (status: string) => ({
  id: 'run_1',
  object: 'thread.run',
  thread_id: 'thread_1',
  assistant_id: 'asst_1',
  status,
});
const step = (id: string, status: string, details: unknown) => ({
  id,
  object: 'thread.run.step',
  run_id: 'run_1',
  type: (details as { type: string }).type,
  status,
  step_details: details,
});
const message = (status: string, content: unknown[]) => ({
  id: 'msg_1',
  object: 'thread.message',
  thread_id: 'thread_1',
  role: 'assistant',
  status,
  content,
});
const messageDelta = (...content: unknown[]): SSEEvent => ({
  event: 'thread.message.delta',
  data: { id: 'msg_1', object: 'thread.message.delta', delta: { content } },
});
const stepDelta = (...toolCalls: unknown[]): SSEEvent => ({
  event: 'thread.run.step.delta',
  data: {
    id: 'step_tools',
    object: 'thread.run.step.delta',
    delta: { step_details: { type: 'tool_calls', tool_calls: toolCalls } },
  },
});
const done: SSEEvent = { event: 'done', data: '[DONE]' };

const citation = {
  type: 'file_citation',
  text: '[1]',
  start_index: 13,
  end_index: 16,
  file_citation: { file_id: 'f1' },
};
const creation = { type: 'message_creation', message_creation: { message_id: 'msg_1' } };
const finalContent = [
  { type: 'text', text: { value: 'It is 42, see[1]', annotations: [citation] } },
  { type: 'image_file', image_file: { file_id: 'img_1' } },
  { type: 'text', text: { value: 'Bye.', annotations: [] } },
];

/** A message of three parts: text with an annotation, an image file, more text. */
const textEvents: SSEEvent[] = [
  { event: 'thread.run.created', data: run('queued') },
  { event: 'thread.run.in_progress', data: run('in_progress') },
  { event: 'thread.run.step.created', data: step('step_msg', 'in_progress', creation) },
  { event: 'thread.message.created', data: message('in_progress', []) },
  { event: 'thread.message.in_progress', data: message('in_progress', []) },
  messageDelta({ index: 0, type: 'text', text: { value: 'It is 42', annotations: [] } }),
  messageDelta({ index: 0, type: 'text', text: { value: ', see[1]' } }),
  messageDelta({ index: 0, type: 'text', text: { annotations: [{ index: 0, ...citation }] } }),
  messageDelta({ index: 1, type: 'image_file', image_file: { file_id: 'img_1' } }),
  messageDelta({ index: 2, type: 'text', text: { value: 'Bye.' } }),
  { event: 'thread.message.completed', data: message('completed', finalContent) },
  { event: 'thread.run.step.completed', data: step('step_msg', 'completed', creation) },
  { event: 'thread.run.completed', data: run('completed') },
  done,
];

/** A code interpreter call (its input and logs streamed), then a function call whose arguments stream. */
const toolEvents: SSEEvent[] = [
  { event: 'thread.run.created', data: run('queued') },
  { event: 'thread.run.step.created', data: step('step_tools', 'in_progress', { type: 'tool_calls', tool_calls: [] }) },
  stepDelta({ index: 0, id: 'call_ci', type: 'code_interpreter', code_interpreter: { input: '', outputs: [] } }),
  stepDelta({ index: 0, type: 'code_interpreter', code_interpreter: { input: 'print(6 * 7)' } }),
  stepDelta({
    index: 0,
    type: 'code_interpreter',
    code_interpreter: { outputs: [{ index: 0, type: 'logs', logs: '4' }] },
  }),
  stepDelta({
    index: 0,
    type: 'code_interpreter',
    code_interpreter: { outputs: [{ index: 0, type: 'logs', logs: '2' }] },
  }),
  stepDelta({ index: 1, id: 'call_fn', type: 'function', function: { name: 'weather', arguments: '', output: null } }),
  stepDelta({ index: 1, type: 'function', function: { arguments: '{"city":' } }),
  stepDelta({ index: 1, type: 'function', function: { arguments: '"Oslo"}' } }),
  { event: 'thread.run.requires_action', data: run('requires_action') },
  done,
];

/** Every official event but `event`, with what a listener is given (copied then, as the snapshots grow after). */
function listen(runStream: OfficialRunStream): unknown[] {
  const seen: unknown[] = [];
  const names = [
    'connect',
    'runStepCreated',
    'runStepDelta',
    'runStepDone',
    'messageCreated',
    'messageDelta',
    'messageDone',
    'toolCallCreated',
    'toolCallDelta',
    'toolCallDone',
    'textCreated',
    'textDelta',
    'textDone',
    'imageFileDone',
    'run',
    'error',
    'abort',
    'end',
  ] as const;
  for (const name of names) {
    runStream.on(name, (...args: unknown[]) => {
      seen.push([name, ...args.map((arg) => (arg instanceof Error ? arg : structuredClone(arg)))]);
    });
  }
  return seen;
}

describe('beta.threads.runs.stream events', () => {
  it('fires the official message and text events in the official order, with their snapshots', async () => {
    server.on('POST', runsPath, { sse: textEvents });
    const runStream = stream();
    const seen = listen(runStream);
    const raw: string[] = [];
    runStream.on('event', (event) => raw.push(event.event));

    await runStream.done();

    const partial = (content: unknown[]) => expect.objectContaining({ id: 'msg_1', content });
    const text = (value: string, annotations: unknown[] = []) => ({ type: 'text', text: { value, annotations } });
    const cited = text('It is 42, see[1]', [citation]);
    const image = { type: 'image_file', image_file: { file_id: 'img_1' } };
    // As the official stream has it: a part has the fields its deltas brought, until the message's own.
    const bye = { type: 'text', text: { value: 'Bye.' } };
    expect(seen).toEqual([
      ['connect'],
      ['runStepCreated', expect.objectContaining({ id: 'step_msg' })],
      ['messageCreated', expect.objectContaining({ id: 'msg_1', content: [] })],
      // A part's first delta creates it (with that delta in), then comes as a delta too.
      ['textCreated', { value: 'It is 42', annotations: [] }],
      ['messageDelta', { content: [expect.objectContaining({ index: 0 })] }, partial([text('It is 42')])],
      ['textDelta', { value: 'It is 42', annotations: [] }, { value: 'It is 42', annotations: [] }],
      ['messageDelta', expect.anything(), partial([text('It is 42, see[1]')])],
      ['textDelta', { value: ', see[1]' }, { value: 'It is 42, see[1]', annotations: [] }],
      // An annotation is merged into the part at its index.
      ['messageDelta', expect.anything(), partial([cited])],
      ['textDelta', { annotations: [{ index: 0, ...citation }] }, cited.text],
      // The text part is done once the next part has had its first delta.
      ['messageDelta', expect.anything(), partial([cited, image])],
      ['textDone', cited.text, partial([cited, image])],
      ['textCreated', { value: 'Bye.' }],
      ['messageDelta', expect.anything(), partial([cited, image, bye])],
      ['textDelta', { value: 'Bye.' }, { value: 'Bye.' }],
      ['imageFileDone', { file_id: 'img_1' }, partial([cited, image, bye])],
      ['textDone', { value: 'Bye.', annotations: [] }, partial(finalContent)],
      ['messageDone', expect.objectContaining({ id: 'msg_1', status: 'completed', content: finalContent })],
      ['runStepDone', expect.objectContaining({ status: 'completed' }), expect.objectContaining({ id: 'step_msg' })],
      ['run', expect.objectContaining({ status: 'completed' })],
      ['end'],
    ]);
    expect(raw).toEqual(textEvents.slice(0, -1).map((event) => event.event));
    expect(await runStream.finalMessages()).toEqual([expect.objectContaining({ content: finalContent })]);
    expect(unhandled).toEqual([]);
  });

  it('fires the tool call events, building code interpreter outputs and function arguments', async () => {
    server.on('POST', runsPath, { sse: toolEvents });
    const runStream = stream();
    const seen = listen(runStream);

    const finalRun = await runStream.finalRun();
    await runStream.done();

    const interpreter = (input: string, outputs: unknown[]) => ({
      id: 'call_ci',
      type: 'code_interpreter',
      code_interpreter: { input, outputs },
    });
    const fn = (args: string) => ({
      id: 'call_fn',
      type: 'function',
      function: { name: 'weather', arguments: args, output: null },
    });
    const calls = seen.filter((entry) => (entry as string[])[0]?.startsWith('toolCall'));
    expect(calls).toEqual([
      // A call's first delta creates it: no toolCallDelta for that one, as in the official stream.
      ['toolCallCreated', interpreter('', [])],
      ['toolCallDelta', expect.objectContaining({ index: 0 }), interpreter('print(6 * 7)', [])],
      ['toolCallDelta', expect.anything(), interpreter('print(6 * 7)', [{ type: 'logs', logs: '4' }])],
      ['toolCallDelta', expect.anything(), interpreter('print(6 * 7)', [{ type: 'logs', logs: '42' }])],
      ['toolCallDone', interpreter('print(6 * 7)', [{ type: 'logs', logs: '42' }])],
      ['toolCallCreated', fn('')],
      ['toolCallDelta', { index: 1, type: 'function', function: { arguments: '{"city":' } }, fn('{"city":')],
      ['toolCallDelta', expect.anything(), fn('{"city":"Oslo"}')],
      // The run stopped for the outputs: the open call is done.
      ['toolCallDone', fn('{"city":"Oslo"}')],
    ]);
    expect(seen.filter((entry) => (entry as string[])[0] === 'runStepDelta')).toHaveLength(7);
    expect(seen.slice(-2)).toEqual([['run', expect.objectContaining({ status: 'requires_action' })], ['end']]);
    expect(finalRun.status).toBe('requires_action');
    const [runStep] = await runStream.finalRunSteps();
    expect(runStep?.step_details).toEqual({
      type: 'tool_calls',
      tool_calls: [interpreter('print(6 * 7)', [{ type: 'logs', logs: '42' }]), fn('{"city":"Oslo"}')],
    });
  });

  it('current…() tell where the stream is, from inside the listeners', async () => {
    server.on('POST', runsPath, { sse: [...textEvents.slice(0, 6), ...toolEvents.slice(1)] });
    const runStream = stream();
    const seen: unknown[] = [];
    runStream
      .on('textDelta', () =>
        seen.push([
          'textDelta',
          runStream.currentEvent()?.event,
          runStream.currentRun()?.status,
          runStream.currentMessageSnapshot()?.content,
          runStream.currentRunStepSnapshot()?.id,
        ]),
      )
      .on('messageDone', () => seen.push(['messageDone', runStream.currentMessageSnapshot()]))
      .on('toolCallDelta', () =>
        seen.push(['toolCallDelta', runStream.currentEvent()?.event, runStream.currentRunStepSnapshot()?.id]),
      );

    await runStream.done();

    expect(seen[0]).toEqual([
      'textDelta',
      'thread.message.delta',
      'in_progress',
      [{ type: 'text', text: { value: 'It is 42', annotations: [] } }],
      'step_msg',
    ]);
    expect(seen).toContainEqual(['toolCallDelta', 'thread.run.step.delta', 'step_tools']);
    expect(runStream.currentEvent()?.event).toBe('thread.run.requires_action');
    expect(runStream.currentRun()?.status).toBe('requires_action');
    expect(runStream.currentRunStepSnapshot()?.id).toBe('step_tools');
  });

  it('a message or run step done leaves nothing current', async () => {
    server.on('POST', runsPath, { sse: textEvents });
    const runStream = stream();

    await runStream.done();

    expect(runStream.currentMessageSnapshot()).toBeUndefined();
    expect(runStream.currentRunStepSnapshot()).toBeUndefined();
    expect(await runStream.finalRunSteps()).toEqual([expect.objectContaining({ id: 'step_msg', status: 'completed' })]);
  });

  it('iterating and listening work on the same stream; the loop also gets the derived events', async () => {
    server.on('POST', runsPath, { sse: textEvents.slice(0, 6).concat(textEvents.slice(-4)) });
    const seen: string[] = [];
    const runStream = stream().on('textDelta', (delta) => seen.push(`listened ${delta.value}`));

    for await (const event of runStream) if (event.event.includes('delta')) seen.push(`iterated ${event.event}`);

    expect(seen).toEqual(['listened It is 42', 'iterated thread.message.delta', 'iterated text.delta']);
    expect((await runStream.finalRun()).status).toBe('completed');
  });

  it('a loop begun after listeners started the stream gets the events from then on', async () => {
    server.on('POST', runsPath, { sse: textEvents, delayMs: 5 });
    const runStream = stream();
    await runStream.emitted('messageCreated');

    const events: string[] = [];
    for await (const event of runStream) events.push(event.event);

    // However many events the listeners read before the loop began, it gets the rest, derived ones included.
    expect(events.slice(-4)).toEqual([
      'thread.message.completed',
      'text.done',
      'thread.run.step.completed',
      'thread.run.completed',
    ]);
    expect(events).toContain('text.delta');
    expect(events).not.toContain('thread.run.created');
    expect((await runStream.finalRun()).status).toBe('completed');
  });

  it('emitted() gives the payload: one argument as itself, several as a tuple', async () => {
    server.on('POST', runsPath, { sse: textEvents });
    const runStream = stream();

    const [delta, snapshot] = await runStream.emitted('textDelta');
    expect(delta.value).toBe('It is 42');
    expect(snapshot.value).toBe('It is 42');
    expect((await runStream.emitted('messageDone')).status).toBe('completed');
    expect(String(await caught(runStream.emitted('toolCallCreated')))).toContain("without emitting 'toolCallCreated'");
  });

  it('an error event from the API fires error then end, and rejects done() and the final promises', async () => {
    const error = { event: 'error', data: { message: 'The server had an error', type: 'server_error' } };
    server.on('POST', runsPath, { sse: [...textEvents.slice(0, 6), error] });
    const seen: unknown[] = [];
    const runStream = stream()
      .on('textCreated', (text) => seen.push(text.value))
      .on('error', (failure) => seen.push(failure))
      .on('end', () => seen.push('end'));

    expect(await caught(runStream.done())).toBeInstanceOf(StreamError);
    expect(await caught(runStream.finalMessages())).toBeInstanceOf(StreamError);
    expect(seen).toEqual(['It is 42', expect.any(StreamError), 'end']);
    await settle();
    expect(unhandled).toEqual([]);
  });

  it('a stream cut short fires error then end, and nobody listening or awaiting is no unhandled rejection', async () => {
    server.on('POST', runsPath, { sse: textEvents, fault: 'end-mid-body', faultAfterChunks: 4 });
    const seen: unknown[] = [];
    const runStream = stream()
      .on('error', (failure) => seen.push(failure))
      .on('end', () => seen.push('end'));
    const unobserved = stream().on('messageCreated', () => {});

    expect(await caught(runStream.done())).toBeInstanceOf(StreamTruncatedError);
    expect(seen).toEqual([expect.any(StreamTruncatedError), 'end']);
    await new Promise<void>((resolve) => unobserved.on('end', () => resolve()));
    await settle();
    expect(unhandled).toEqual([]);
  });

  it('a run that fails is the final run, as in the official stream: run then end, after its event', async () => {
    const failed = { ...run('failed'), last_error: { code: 'server_error', message: 'Sorry' } };
    server.on('POST', runsPath, {
      sse: [textEvents[0] as SSEEvent, { event: 'thread.run.failed', data: failed }, done],
    });
    const seen: unknown[] = [];
    const runStream = stream()
      .on('event', (event) => seen.push(event.event))
      .on('error', (failure) => seen.push(failure))
      .on('run', () => seen.push('run'))
      .on('end', () => seen.push('end'));

    expect((await runStream.finalRun()).last_error?.message).toBe('Sorry');
    await runStream.done();
    expect(seen).toEqual(['thread.run.created', 'thread.run.failed', 'run', 'end']);
    server.on('POST', runsPath, {
      sse: [textEvents[0] as SSEEvent, { event: 'thread.run.failed', data: failed }, done],
    });
    const iterated: string[] = [];
    for await (const event of stream()) iterated.push(event.event);
    expect(iterated).toEqual(['thread.run.created', 'thread.run.failed']);
  });

  it('abort() from a listener fires abort then end, and rejects done()', async () => {
    server.on('POST', runsPath, { sse: textEvents, fault: 'stall-mid-body', faultAfterChunks: 7 });
    const seen: unknown[] = [];
    const runStream = stream();
    runStream
      .on('textDelta', () => runStream.abort())
      .on('abort', (error) => seen.push(error))
      .on('end', () => seen.push('end'));

    expect(await caught(runStream.done())).toBeInstanceOf(APIUserAbortError);
    expect(await caught(runStream.finalRun())).toBeInstanceOf(APIUserAbortError);
    await settle();
    expect(seen).toEqual([expect.any(APIUserAbortError), 'end']);
    expect(unhandled).toEqual([]);
  });

  it('leaving the loop early fires abort then end', async () => {
    server.on('POST', runsPath, { sse: textEvents });
    const seen: unknown[] = [];
    const runStream = stream()
      .on('abort', (error) => seen.push(error))
      .on('end', () => seen.push('end'));

    for await (const _ of runStream) break;

    expect(await caught(runStream.done())).toBeInstanceOf(APIUserAbortError);
    expect(seen).toEqual([expect.any(APIUserAbortError), 'end']);
  });

  it('once() fires once and off() stops a listener', async () => {
    server.on('POST', runsPath, { sse: textEvents });
    const once: string[] = [];
    const removed: string[] = [];
    const stopped = (text: { value: string }) => removed.push(text.value);

    await stream()
      .once('textCreated', (text) => once.push(text.value))
      .on('textCreated', stopped)
      .off('textCreated', stopped)
      .done();

    expect(once).toEqual(['It is 42']);
    expect(removed).toEqual([]);
  });

  it('createAndStream, createAndRunStream and submitToolOutputsStream give the same stream', async () => {
    server.on('POST', runsPath, { sse: textEvents });
    server.on('POST', '/threads/runs', { sse: textEvents });
    server.on('POST', `${runsPath}/run_1/submit_tool_outputs`, { sse: textEvents });
    const client = openai();
    const outputs = { thread_id: 'thread_1', tool_outputs: [{ tool_call_id: 'call_fn', output: 'cold' }] };

    const streams = [
      client.beta.threads.runs.createAndStream('thread_1', { assistant_id: 'asst_1' }),
      client.beta.threads.createAndRunStream({ assistant_id: 'asst_1' }),
      client.beta.threads.runs.submitToolOutputsStream('run_1', outputs),
    ];

    for (const each of streams) {
      expect(each).toBeInstanceOf(OfficialRunStream);
      expect(await each.emitted('textCreated')).toEqual({ value: 'It is 42', annotations: [] });
      await each.done();
    }
  });
});

describe('toReadableStream and AssistantStream.fromReadableStream', () => {
  it('relay the events as NDJSON lines, rebuilt into a stream whose listeners see the same', async () => {
    server.on('POST', runsPath, { sse: textEvents });
    const direct = stream();
    const directSeen = listen(direct);
    await direct.done();

    const [relayed, copy] = stream().toReadableStream().tee();
    const rebuilt = AssistantStream.fromReadableStream(relayed);
    const rebuiltSeen = listen(rebuilt);
    await rebuilt.done();
    const lines = (await new Response(copy).text()).split('\n');

    expect(rebuiltSeen).toEqual(directSeen);
    expect(await rebuilt.finalMessages()).toEqual(await direct.finalMessages());
    // One event of the API per line, no last line: as the official stream writes them.
    expect(lines.slice(0, -1).map((line) => JSON.parse(line).event)).toEqual(
      textEvents.slice(0, -1).map((event) => event.event),
    );
    expect(lines.at(-1)).toBe('');
  });

  it('a relay cut before the run stopped rejects with StreamTruncatedError', async () => {
    const lines = textEvents
      .slice(0, 6)
      .map((event) => `${JSON.stringify({ event: event.event, data: event.data })}\n`);
    const rebuilt = AssistantStream.fromReadableStream(new Response(lines.join('')).body as ReadableStream<Uint8Array>);
    const seen: unknown[] = [];
    rebuilt.on('textCreated', (text) => seen.push(text.value)).on('error', (error) => seen.push(error));

    expect(await caught(rebuilt.finalRun())).toBeInstanceOf(StreamTruncatedError);
    await caught(rebuilt.done());
    expect(seen).toEqual(['It is 42', expect.any(StreamTruncatedError)]);
    expect(() => rebuilt.submitToolOutputs()).toThrow(InvalidInputError);
  });
});
