import { defineTool, toFile } from '@org/core';
import { jsonSchemaTextFormat } from '@org/responses';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { OpenAI } from './generated/index.js';

const server = useTestServer();
const openai = () => new OpenAI({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
const messages = [{ role: 'user' as const, content: 'Hi' }];
const done = { event: 'done', data: '[DONE]' };

function completion(content: string, toolCalls?: unknown[]) {
  const message = { role: 'assistant', content, refusal: null, ...(toolCalls ? { tool_calls: toolCalls } : {}) };
  const finish = toolCalls ? 'tool_calls' : 'stop';
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1,
    model: 'm',
    choices: [{ index: 0, message, finish_reason: finish, logprobs: null }],
  };
}

function run(status: string, fields: Record<string, unknown> = {}) {
  return { id: 'run_1', object: 'thread.run', thread_id: 'thread_1', assistant_id: 'asst_1', status, ...fields };
}

function response(text: string, status = 'completed') {
  const output = [
    {
      type: 'message',
      id: 'msg_1',
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text, annotations: [] }],
    },
  ];
  return {
    id: 'resp_1',
    object: 'response',
    created_at: 1,
    model: 'm',
    status,
    output: status === 'completed' ? output : [],
  };
}

describe('chat.completions helpers', () => {
  it('stream gives a ChatCompletionStream with finalChatCompletion()', async () => {
    const chunk = (delta: unknown, finish: string | null = null) => ({
      data: {
        id: 'c1',
        object: 'chat.completion.chunk',
        created: 1,
        model: 'm',
        choices: [{ index: 0, delta, finish_reason: finish }],
      },
    });
    server.on('POST', '/chat/completions', {
      sse: [chunk({ role: 'assistant', content: 'Hel' }), chunk({ content: 'lo' }, 'stop'), 'data: [DONE]\n\n'],
    });

    const stream = openai().chat.completions.stream({ model: 'm', messages });
    const deltas: unknown[] = [];
    for await (const each of stream) deltas.push(each.choices[0]?.delta.content);
    const final = await stream.finalChatCompletion();

    // Iterating gives the raw chunks, as the official stream does; the final completion is assembled from them.
    expect(deltas).toEqual(['Hel', 'lo']);
    expect(final.choices[0]?.message.content).toBe('Hello');
    expect(server.requests[0]?.json()).toMatchObject({ stream: true });
  });

  it('parse gives the parsed output of a JSON schema format', async () => {
    server.on('POST', '/chat/completions', { json: completion('{"city":"Oslo"}') });
    const format = { type: 'json_schema' as const, json_schema: { name: 'place', schema: { type: 'object' } } };

    const parsed = await openai().chat.completions.parse({ model: 'm', messages, response_format: format });

    expect(parsed.choices[0]?.message.parsed).toEqual({ city: 'Oslo' });
  });

  it('runTools runs the tool the model asks for and returns the final answer', async () => {
    const call = { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } };
    server.on('POST', '/chat/completions', { json: completion('', [call]) }, { json: completion('Cold') });
    const tool = defineTool({
      name: 'get_weather',
      parameters: { type: 'object', properties: { city: { type: 'string' } } },
      run: (args: { city: string }) => `cold in ${args.city}`,
    });

    const result = await openai()
      .chat.completions.runTools({ model: 'm', messages, tools: [tool] })
      .result();

    expect(result.completion.choices[0]?.message.content).toBe('Cold');
    expect(JSON.stringify(server.requests[1]?.json())).toContain('cold in Oslo');
  });
});

describe('responses helpers', () => {
  it('stream gives a ResponseStream with finalResponse()', async () => {
    const events = [
      { type: 'response.created', sequence_number: 0, response: response('', 'in_progress') },
      { type: 'response.completed', sequence_number: 1, response: response('Hi there') },
    ];
    server.on('POST', '/responses', { sse: events.map((data) => ({ event: data.type, data })) });

    const final = await openai().responses.stream({ model: 'm', input: 'Hi' }).finalResponse();

    expect(final.id).toBe('resp_1');
  });

  it('parse gives outputParsed', async () => {
    server.on('POST', '/responses', { json: response('{"city":"Oslo"}') });
    const format = jsonSchemaTextFormat({ name: 'place', schema: { type: 'object' } }, (text): unknown =>
      JSON.parse(text),
    );

    const parsed = await openai().responses.parse({ model: 'm', input: 'Hi', text: { format } });

    expect(parsed.outputParsed).toEqual({ city: 'Oslo' });
  });
});

describe('files and vector store helpers', () => {
  const file = (status: string) => ({
    id: 'file_1',
    object: 'file',
    bytes: 2,
    created_at: 1,
    filename: 'a.txt',
    purpose: 'assistants',
    status,
  });
  const storeFile = (status: string) => ({
    id: 'file_1',
    object: 'vector_store.file',
    vector_store_id: 'vs_1',
    status,
    last_error: null,
  });
  const batch = (status: string) => ({
    id: 'vsfb_1',
    object: 'vector_store.files_batch',
    vector_store_id: 'vs_1',
    status,
    file_counts: { completed: 1, failed: 0, in_progress: 0, cancelled: 0, total: 1 },
  });

  it('files.waitForProcessing polls until the file is processed', async () => {
    server.on('GET', '/files/file_1', { json: file('uploaded') }, { json: file('processed') });

    const processed = await openai().files.waitForProcessing('file_1', { pollInterval: 1 });

    expect(processed.status).toBe('processed');
    expect(server.requests).toHaveLength(2);
  });

  it('a wait ends with the object in the state it stopped in, as the official helpers end it', async () => {
    server.on('GET', '/files/file_1', { json: { ...file('error'), status_details: 'bad jsonl' } });
    server.on('GET', '/vector_stores/vs_1/files/file_1', { json: storeFile('failed') });
    server.on('POST', '/threads/thread_1/runs', { json: run('queued') });
    server.on('GET', '/threads/thread_1/runs/run_1', { json: run('failed', { last_error: { code: 'server_error' } }) });

    expect((await openai().files.waitForProcessing('file_1', { pollInterval: 1 })).status).toBe('error');
    expect((await openai().vectorStores.files.poll('vs_1', 'file_1', { pollIntervalMs: 1 })).status).toBe('failed');
    const failed = await openai().beta.threads.runs.createAndPoll(
      'thread_1',
      { assistant_id: 'asst_1' },
      { pollIntervalMs: 1 },
    );
    expect([failed.status, failed.last_error?.code]).toEqual(['failed', 'server_error']);
  });

  it('vectorStores.createAndPoll creates and waits', async () => {
    server.on('POST', '/vector_stores', { json: { id: 'vs_1', object: 'vector_store', status: 'in_progress' } });
    server.on('GET', '/vector_stores/vs_1', { json: { id: 'vs_1', object: 'vector_store', status: 'completed' } });

    const store = await openai().vectorStores.createAndPoll({ name: 'docs' }, { pollIntervalMs: 1 });

    expect(store.status).toBe('completed');
  });

  it('vectorStores.files: upload, uploadAndPoll, createAndPoll, poll', async () => {
    server.on('POST', '/files', { json: file('uploaded') });
    server.on('POST', '/vector_stores/vs_1/files', { json: storeFile('in_progress') });
    server.on('GET', '/vector_stores/vs_1/files/file_1', { json: storeFile('completed') });
    const files = openai().vectorStores.files;
    const upload = await toFile(new TextEncoder().encode('hi'), 'a.txt');

    expect((await files.upload('vs_1', upload)).status).toBe('in_progress');
    expect((await files.uploadAndPoll('vs_1', upload, { pollIntervalMs: 1 })).status).toBe('completed');
    expect((await files.createAndPoll('vs_1', { file_id: 'file_1' }, { pollIntervalMs: 1 })).status).toBe('completed');
    expect((await files.poll('vs_1', 'file_1', { pollIntervalMs: 1 })).status).toBe('completed');
    expect(server.requests.filter((request) => request.path === '/v1/files')).toHaveLength(2);
  });

  it('vectorStores.fileBatches: uploadAndPoll, createAndPoll, poll', async () => {
    server.on('POST', '/files', { json: file('uploaded') });
    server.on('POST', '/vector_stores/vs_1/file_batches', { json: batch('in_progress') });
    server.on('GET', '/vector_stores/vs_1/file_batches/vsfb_1', { json: batch('completed') });
    const batches = openai().vectorStores.fileBatches;
    const upload = await toFile(new TextEncoder().encode('hi'), 'a.txt');

    const uploaded = await batches.uploadAndPoll(
      'vs_1',
      { files: [upload], fileIds: ['file_0'] },
      { pollIntervalMs: 1 },
    );
    expect(uploaded.status).toBe('completed');
    const sent = server.requests.find((request) => request.path === '/v1/vector_stores/vs_1/file_batches');
    expect(sent?.json()).toMatchObject({ file_ids: ['file_0', 'file_1'] });
    expect((await batches.createAndPoll('vs_1', { file_ids: ['file_1'] }, { pollIntervalMs: 1 })).status).toBe(
      'completed',
    );
    expect((await batches.poll('vs_1', 'vsfb_1', { pollIntervalMs: 1 })).status).toBe('completed');
  });
});

describe('beta.threads helpers', () => {
  const runEvents = (status: string) => [
    { event: 'thread.run.created', data: run('queued') },
    { event: `thread.run.${status}`, data: run(status) },
    done,
  ];

  it('runs.createAndPoll, poll and submitToolOutputsAndPoll wait until the run stops', async () => {
    server.on('POST', '/threads/thread_1/runs', { json: run('queued') });
    server.on('GET', '/threads/thread_1/runs/run_1', { json: run('completed') });
    server.on('POST', '/threads/thread_1/runs/run_1/submit_tool_outputs', { json: run('queued') });
    const runs = openai().beta.threads.runs;

    expect((await runs.createAndPoll('thread_1', { assistant_id: 'asst_1' }, { pollIntervalMs: 1 })).status).toBe(
      'completed',
    );
    expect((await runs.poll('run_1', { thread_id: 'thread_1' }, { pollIntervalMs: 1 })).status).toBe('completed');
    const outputs = { thread_id: 'thread_1', tool_outputs: [{ tool_call_id: 'call_1', output: 'cold' }] };
    expect((await runs.submitToolOutputsAndPoll('run_1', outputs, { pollIntervalMs: 1 })).status).toBe('completed');
    const submitted = server.requests.find((request) => request.path.endsWith('/submit_tool_outputs'));
    expect(submitted?.json()).toEqual({ tool_outputs: outputs.tool_outputs });
  });

  it('runs.stream, createAndStream and submitToolOutputsStream give RunStreams', async () => {
    server.on('POST', '/threads/thread_1/runs', { sse: runEvents('completed') });
    server.on('POST', '/threads/thread_1/runs/run_1/submit_tool_outputs', { sse: runEvents('completed') });
    const runs = openai().beta.threads.runs;

    expect((await runs.stream('thread_1', { assistant_id: 'asst_1' }).finalRun()).status).toBe('completed');
    expect((await runs.createAndStream('thread_1', { assistant_id: 'asst_1' }).finalRun()).status).toBe('completed');
    const outputs = { thread_id: 'thread_1', tool_outputs: [{ tool_call_id: 'call_1', output: 'cold' }] };
    expect((await runs.submitToolOutputsStream('run_1', outputs).finalRun()).status).toBe('completed');
  });

  it('threads.createAndRunPoll and createAndRunStream', async () => {
    server.on('POST', '/threads/runs', { json: run('queued') }, { sse: runEvents('completed') });
    server.on('GET', '/threads/thread_1/runs/run_1', { json: run('completed') });
    const threads = openai().beta.threads;

    expect((await threads.createAndRunPoll({ assistant_id: 'asst_1' }, { pollIntervalMs: 1 })).status).toBe(
      'completed',
    );
    expect((await threads.createAndRunStream({ assistant_id: 'asst_1' }).finalRun()).status).toBe('completed');
  });
});
