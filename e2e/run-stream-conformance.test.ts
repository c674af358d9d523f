import path from 'node:path';
import { pathToFileURL } from 'node:url';
import OpenAI from '@org/openai';
import { AssistantStream } from '@org/openai/lib/AssistantStream';
import type { SSEEvent } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { officialPackageDir } from './support/official-readme-examples.js';

/**
 * The run stream's official listeners beside the official package's own (`AssistantStream`, installed by
 * `node bench/setup.mjs`): the same scripted run events, read by both, make the same calls to the same listeners
 * with the same payloads, snapshots included.
 */
const server = useTestServer();

type Listening = { on(event: string, listener: (...args: unknown[]) => void): unknown; done(): Promise<void> };

const eventNames = [
  'connect',
  'event',
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
  'end',
  'error',
  'abort',
];

/** Every listener call, its payload copied then (snapshots grow after). */
async function listen(stream: Listening): Promise<unknown[]> {
  const seen: unknown[] = [];
  for (const name of eventNames) stream.on(name, (...args) => seen.push([name, ...structuredClone(args)]));
  await stream.done();
  return seen;
}

/**
 * The official snapshots keep the `index` each delta's list item carries (a part of a message, a tool call, an
 * output), which neither package's types have; ours leave it out. Everything else must be equal.
 */
function withoutIndexes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIndexes);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'index')
      .map(([key, item]) => [key, withoutIndexes(item)]),
  );
}

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
  status,
  step_details: details,
});
const message = (status: string, content: unknown[]) => ({
  id: 'msg_1',
  object: 'thread.message',
  role: 'assistant',
  status,
  content,
});
const messageDelta = (...content: unknown[]) => ({
  event: 'thread.message.delta',
  data: { id: 'msg_1', object: 'thread.message.delta', delta: { content } },
});
const stepDelta = (...toolCalls: unknown[]) => ({
  event: 'thread.run.step.delta',
  data: {
    id: 'step_2',
    object: 'thread.run.step.delta',
    delta: { step_details: { type: 'tool_calls', tool_calls: toolCalls } },
  },
});
const creation = { type: 'message_creation', message_creation: { message_id: 'msg_1' } };
const citation = {
  type: 'file_citation',
  text: '[1]',
  start_index: 15,
  end_index: 18,
  file_citation: { file_id: 'f1' },
};

const scripts: Record<string, SSEEvent[]> = {
  'text with an annotation, an image file and more text': [
    { event: 'thread.run.created', data: run('queued') },
    { event: 'thread.run.in_progress', data: run('in_progress') },
    { event: 'thread.run.step.created', data: step('step_1', 'in_progress', creation) },
    { event: 'thread.run.step.in_progress', data: step('step_1', 'in_progress', creation) },
    { event: 'thread.message.created', data: message('in_progress', []) },
    { event: 'thread.message.in_progress', data: message('in_progress', []) },
    messageDelta({ index: 0, type: 'text', text: { value: 'The answer', annotations: [] } }),
    messageDelta({ index: 0, type: 'text', text: { value: ' is 42[1]' } }),
    messageDelta({ index: 0, type: 'text', text: { annotations: [{ index: 0, ...citation }] } }),
    messageDelta({ index: 1, type: 'image_file', image_file: { file_id: 'img_1' } }),
    messageDelta({ index: 2, type: 'text', text: { value: 'Done.' } }),
    {
      event: 'thread.message.completed',
      data: message('completed', [
        { type: 'text', text: { value: 'The answer is 42[1]', annotations: [citation] } },
        { type: 'image_file', image_file: { file_id: 'img_1' } },
        { type: 'text', text: { value: 'Done.', annotations: [] } },
      ]),
    },
    { event: 'thread.run.step.completed', data: step('step_1', 'completed', creation) },
    { event: 'thread.run.completed', data: run('completed') },
    { event: 'done', data: '[DONE]' },
  ],
  'a code interpreter call, then a function call stopping the run for its output': [
    { event: 'thread.run.created', data: run('queued') },
    { event: 'thread.run.in_progress', data: run('in_progress') },
    { event: 'thread.run.step.created', data: step('step_2', 'in_progress', { type: 'tool_calls', tool_calls: [] }) },
    stepDelta({ index: 0, id: 'call_ci', type: 'code_interpreter', code_interpreter: { input: '', outputs: [] } }),
    stepDelta({ index: 0, type: 'code_interpreter', code_interpreter: { input: 'print(6*7)' } }),
    stepDelta({
      index: 0,
      type: 'code_interpreter',
      code_interpreter: { outputs: [{ index: 0, type: 'logs', logs: '42' }] },
    }),
    stepDelta({
      index: 1,
      id: 'call_fn',
      type: 'function',
      function: { name: 'weather', arguments: '', output: null },
    }),
    stepDelta({ index: 1, type: 'function', function: { arguments: '{"city":' } }),
    stepDelta({ index: 1, type: 'function', function: { arguments: '"Oslo"}' } }),
    { event: 'thread.run.requires_action', data: run('requires_action') },
    { event: 'done', data: '[DONE]' },
  ],
};

async function officialClient(): Promise<{ beta: { threads: { runs: { stream(...args: unknown[]): Listening } } } }> {
  const module = await import(pathToFileURL(path.join(officialPackageDir, 'index.mjs')).href);
  return new module.default({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
}

describe('the run stream listeners, beside the official package', () => {
  for (const [name, events] of Object.entries(scripts)) {
    it(`make the same calls with the same payloads: ${name}`, async () => {
      server.on('POST', '/threads/thread_1/runs', { sse: events });
      const body = { assistant_id: 'asst_1' };

      const official = await listen((await officialClient()).beta.threads.runs.stream('thread_1', body));
      const ours = await listen(
        new OpenAI({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 }).beta.threads.runs.stream(
          'thread_1',
          body,
        ),
      );

      expect(official.length).toBeGreaterThan(events.length);
      expect(withoutIndexes(ours)).toEqual(withoutIndexes(official));
    });
  }

  it('relay to each other: each fromReadableStream reads what the other toReadableStream writes', async () => {
    const events = scripts['text with an annotation, an image file and more text'] as SSEEvent[];
    server.on('POST', '/threads/thread_1/runs', { sse: events });
    const body = { assistant_id: 'asst_1' };
    const official = await import(pathToFileURL(path.join(officialPackageDir, 'lib/AssistantStream.mjs')).href);
    const ours = new OpenAI({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 }).beta.threads.runs;
    const theirs = (await officialClient()).beta.threads.runs as unknown as {
      stream(...args: unknown[]): { toReadableStream(): ReadableStream<Uint8Array> };
    };

    const readByThem = await listen(
      official.AssistantStream.fromReadableStream(ours.stream('thread_1', body).toReadableStream()),
    );
    const readByUs = await listen(
      AssistantStream.fromReadableStream(theirs.stream('thread_1', body).toReadableStream()),
    );

    expect(readByThem.length).toBeGreaterThan(events.length);
    expect(withoutIndexes(readByUs)).toEqual(withoutIndexes(readByThem));
  });
});
