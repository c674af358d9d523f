import { realtimeResponse } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Programs written for the official `openai` package with only the import changed (`official-programs/*.ts`,
 * typechecked by this package's `typecheck` script), each run here against the local server with the official
 * environment variables. A program prints what it read; the test checks the printout.
 */
const server = useTestServer();
const fast = { 'openai-poll-after-ms': '1' };
let printed: unknown[];

beforeEach(() => {
  vi.stubEnv('OPENAI_API_KEY', 'sk-test');
  vi.stubEnv('OPENAI_ADMIN_KEY', 'sk-admin-test');
  vi.stubEnv('OPENAI_BASE_URL', server.baseURL);
  vi.stubEnv('AZURE_OPENAI_ENDPOINT', server.url);
  vi.stubEnv('AZURE_OPENAI_API_KEY', 'azure-test');
  printed = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    printed.push(args.length === 1 ? args[0] : args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

function completion(message: Record<string, unknown>) {
  const finish = message.tool_calls ? 'tool_calls' : 'stop';
  const choice = {
    index: 0,
    message: { role: 'assistant', content: null, refusal: null, ...message },
    finish_reason: finish,
    logprobs: null,
  };
  return { id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: 'gpt-4o', choices: [choice] };
}

function chunks(...deltas: string[]) {
  const chunk = (delta: Record<string, unknown>, finish: string | null) => ({
    data: {
      id: 'c1',
      object: 'chat.completion.chunk',
      created: 1,
      model: 'gpt-4o',
      choices: [{ index: 0, delta, finish_reason: finish }],
    },
  });
  return [
    ...deltas.map((content, index) => chunk({ content }, index === deltas.length - 1 ? 'stop' : null)),
    'data: [DONE]\n\n',
  ];
}

function response(text: string, status = 'completed') {
  const content = [{ type: 'output_text', text, annotations: [] }];
  const output = status === 'completed' ? [{ type: 'message', id: 'msg_1', role: 'assistant', status, content }] : [];
  return { id: 'resp_1', object: 'response', created_at: 1, model: 'gpt-4o', status, output };
}

const run = (program: string) => import(`./official-programs/${program}.ts`);

describe('official programs with only the import changed', () => {
  it('chat: a completion and a response', async () => {
    server.on('POST', '/chat/completions', { json: completion({ content: 'Arr, mostly.' }) });
    server.on('POST', '/responses', { json: response('Aye.') });
    await run('chat');
    expect(printed).toEqual(['Arr, mostly.', 'Aye.']);
  });

  it('stream: create({ stream: true }), the stream() helper and a streamed response', async () => {
    server.on('POST', '/chat/completions', { sse: chunks('This is ', 'a test') });
    const events = [
      { type: 'response.created', sequence_number: 0, response: response('', 'in_progress') },
      {
        type: 'response.output_text.delta',
        sequence_number: 1,
        item_id: 'msg_1',
        output_index: 0,
        content_index: 0,
        delta: 'Hi',
        logprobs: [],
      },
      { type: 'response.completed', sequence_number: 2, response: response('Hi') },
    ];
    server.on('POST', '/responses', { sse: events.map((data) => ({ event: data.type, data })) });
    await run('stream');
    expect(printed).toEqual(['This is a test', 'This is a test', 'Hi']);
  });

  it('events: on() on a chat stream, a runTools runner and a response stream', async () => {
    const call = { id: 'call_1', type: 'function', function: { name: 'getWeather', arguments: '{"location":"Oslo"}' } };
    server.on(
      'POST',
      '/chat/completions',
      { sse: chunks('This is ', 'a test') },
      { json: completion({ tool_calls: [call] }) },
      { json: completion({ content: 'Rainy.' }) },
    );
    const events = [
      { type: 'response.created', sequence_number: 0, response: response('', 'in_progress') },
      ...['H', 'i'].map((delta, index) => ({
        type: 'response.output_text.delta',
        sequence_number: 1 + index,
        item_id: 'msg_1',
        output_index: 0,
        content_index: 0,
        delta,
        logprobs: [],
      })),
      { type: 'response.completed', sequence_number: 3, response: response('Hi') },
    ];
    server.on('POST', '/responses', { sse: events.map((data) => ({ event: data.type, data })) });
    await run('events');
    expect(printed).toEqual([
      ['This is a test', 'This is a test'],
      ['message', 'assistant'],
      ['message', 'tool'],
      ['result', '{"location":"Oslo","temperature":"50F"}'],
      ['message', 'assistant'],
      'Rainy.',
      ['Hi', 'completed'],
    ]);
  });

  it('structured output: chat parse with zodResponseFormat, responses parse with zodTextFormat', async () => {
    const answer = { steps: [{ explanation: 'Subtract 31', output: '8x = -29' }], final_answer: 'x = -29/8' };
    server.on('POST', '/chat/completions', { json: completion({ content: JSON.stringify(answer) }) });
    const event = { name: 'Science fair', date: 'Friday', participants: ['Alice', 'Bob'] };
    server.on('POST', '/responses', { json: response(JSON.stringify(event)) });
    await run('structured-output');
    expect(printed).toEqual([1, 'x = -29/8', 'Alice and Bob']);
    expect(server.requests[0]?.json()).toMatchObject({
      response_format: { type: 'json_schema', json_schema: { name: 'math_response', strict: true } },
    });
  });

  it('tool loop: tool calls answered until the model replies', async () => {
    const call = { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } };
    server.on(
      'POST',
      '/chat/completions',
      { json: completion({ tool_calls: [call] }) },
      { json: completion({ content: 'Cold.' }) },
    );
    await run('tool-loop');
    expect(printed).toEqual(['Cold.']);
    expect(server.requests[1]?.json()).toMatchObject({
      messages: [
        { role: 'user' },
        { role: 'assistant' },
        { role: 'tool', tool_call_id: 'call_1', content: 'It is cold in Oslo.' },
      ],
    });
  });

  it('runTools: the official runnable tools, run until the model answers', async () => {
    const call = { id: 'call_1', type: 'function', function: { name: 'getWeather', arguments: '{"location":"Oslo"}' } };
    server.on(
      'POST',
      '/chat/completions',
      { json: completion({ tool_calls: [call] }) },
      { json: completion({ content: 'Rainy, 50F.' }) },
    );
    await run('run-tools');
    expect(printed).toEqual(['Rainy, 50F.']);
    expect(server.requests[0]?.json()).toMatchObject({
      tools: [{ type: 'function', function: { name: 'getWeather' } }],
    });
    expect(server.requests[1]?.json()).toMatchObject({
      messages: [
        { role: 'user' },
        { role: 'assistant' },
        {
          role: 'tool',
          tool_call_id: 'call_1',
          content: '{"location":"Oslo","temperature":"50F","precipitation":"high"}',
        },
      ],
    });
  });

  it('vector store: upload files as a batch and one file, polled', async () => {
    const counts = { completed: 1, failed: 0, in_progress: 0, cancelled: 0, total: 1 };
    const fileBatch = (status: string) => ({
      id: 'vsfb_1',
      object: 'vector_store.files_batch',
      vector_store_id: 'vs_1',
      status,
      file_counts: counts,
    });
    const storeFile = (status: string) => ({
      id: 'file_1',
      object: 'vector_store.file',
      vector_store_id: 'vs_1',
      status,
      last_error: null,
    });
    server.on('POST', '/vector_stores', { json: { id: 'vs_1', object: 'vector_store', status: 'completed' } });
    server.on('POST', '/files', {
      json: { id: 'file_1', object: 'file', bytes: 13, filename: 'report.txt', purpose: 'assistants' },
    });
    server.on('POST', '/vector_stores/vs_1/file_batches', { json: fileBatch('in_progress'), headers: fast });
    server.on('GET', '/vector_stores/vs_1/file_batches/vsfb_1', { json: fileBatch('completed') });
    server.on('POST', '/vector_stores/vs_1/files', { json: storeFile('in_progress'), headers: fast });
    server.on('GET', '/vector_stores/vs_1/files/file_1', { json: storeFile('completed') });
    await run('vector-store');
    expect(printed).toEqual(['completed', 1, 'completed']);
  });

  it('batch: input file, batch, its output', async () => {
    server.on('POST', '/files', {
      json: { id: 'file_in', object: 'file', bytes: 10, filename: 'batch.jsonl', purpose: 'batch' },
    });
    server.on('POST', '/batches', { json: { id: 'batch_1', object: 'batch', status: 'validating' } });
    server.on('GET', '/batches/batch_1', {
      json: { id: 'batch_1', object: 'batch', status: 'completed', output_file_id: 'file_out' },
    });
    server.on('GET', '/files/file_out/content', { body: '{"custom_id":"request-1"}\n' });
    await run('batch');
    expect(printed).toEqual(['completed', '{"custom_id":"request-1"}']);
  });

  it('assistants: create, message, createAndPoll, list messages', async () => {
    const run_ = (status: string) => ({
      id: 'run_1',
      object: 'thread.run',
      thread_id: 'thread_1',
      assistant_id: 'asst_1',
      status,
    });
    const text = (role: string, value: string) => ({
      id: `msg_${role}`,
      object: 'thread.message',
      role,
      content: [{ type: 'text', text: { value, annotations: [] } }],
    });
    server.on('POST', '/assistants', { json: { id: 'asst_1', object: 'assistant' } });
    server.on('POST', '/threads', { json: { id: 'thread_1', object: 'thread' } });
    server.on('POST', '/threads/thread_1/messages', { json: text('user', 'Solve 3x + 11 = 14.') });
    server.on('POST', '/threads/thread_1/runs', { json: run_('queued'), headers: fast });
    server.on('GET', '/threads/thread_1/runs/run_1', { json: run_('completed') });
    server.on('GET', '/threads/thread_1/messages', {
      json: {
        object: 'list',
        data: [text('assistant', 'x = 1'), text('user', 'Solve 3x + 11 = 14.')],
        has_more: false,
      },
    });
    await run('assistants');
    expect(printed).toEqual(['user > Solve 3x + 11 = 14.', 'assistant > x = 1']);
  });

  it('assistants events: a run streamed to the official listeners, then its tool outputs', async () => {
    const run_ = (status: string, fields: Record<string, unknown> = {}) => ({
      id: 'run_1',
      object: 'thread.run',
      thread_id: 'thread_1',
      assistant_id: 'asst_1',
      status,
      ...fields,
    });
    const step = (id: string, status: string, details: Record<string, unknown>) => ({
      id,
      object: 'thread.run.step',
      run_id: 'run_1',
      type: details.type,
      status,
      step_details: details,
    });
    const message = (id: string, status: string, value?: string) => ({
      id,
      object: 'thread.message',
      role: 'assistant',
      status,
      content: value === undefined ? [] : [{ type: 'text', text: { value, annotations: [] } }],
    });
    const toolDelta = (id: string, call: Record<string, unknown>) => ({
      event: 'thread.run.step.delta',
      data: {
        id,
        object: 'thread.run.step.delta',
        delta: { step_details: { type: 'tool_calls', tool_calls: [call] } },
      },
    });
    const textDelta = (id: string, value: string) => ({
      event: 'thread.message.delta',
      data: { id, object: 'thread.message.delta', delta: { content: [{ index: 0, type: 'text', text: { value } }] } },
    });
    const code = (fields: Record<string, unknown>) => ({
      index: 0,
      type: 'code_interpreter',
      code_interpreter: fields,
    });
    const creation = (id: string) => ({ type: 'message_creation', message_creation: { message_id: id } });
    const weather = { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{}' } };
    const requiresAction = run_('requires_action', {
      required_action: { type: 'submit_tool_outputs', submit_tool_outputs: { tool_calls: [weather] } },
    });
    const done = { event: 'done', data: '[DONE]' };
    server.on('POST', '/assistants', { json: { id: 'asst_1', object: 'assistant' } });
    server.on('POST', '/threads', { json: { id: 'thread_1', object: 'thread' } });
    server.on('POST', '/threads/thread_1/messages', { json: message('msg_0', 'completed', 'Solve 3x + 11 = 14.') });
    server.on('POST', '/threads/thread_1/runs', {
      sse: [
        { event: 'thread.run.created', data: run_('queued') },
        { event: 'thread.run.in_progress', data: run_('in_progress') },
        {
          event: 'thread.run.step.created',
          data: step('step_1', 'in_progress', { type: 'tool_calls', tool_calls: [] }),
        },
        toolDelta('step_1', { id: 'ci_1', ...code({ input: '', outputs: [] }) }),
        toolDelta('step_1', code({ input: 'x = (14 - 11) / 3\n' })),
        toolDelta('step_1', code({ input: 'print(x)' })),
        toolDelta('step_1', code({ outputs: [{ index: 0, type: 'logs', logs: '1.0' }] })),
        {
          event: 'thread.run.step.completed',
          data: step('step_1', 'completed', { type: 'tool_calls', tool_calls: [] }),
        },
        { event: 'thread.run.step.created', data: step('step_2', 'in_progress', creation('msg_1')) },
        { event: 'thread.message.created', data: message('msg_1', 'in_progress') },
        textDelta('msg_1', 'x'),
        textDelta('msg_1', ' = 1'),
        { event: 'thread.message.completed', data: message('msg_1', 'completed', 'x = 1') },
        { event: 'thread.run.step.completed', data: step('step_2', 'completed', creation('msg_1')) },
        {
          event: 'thread.run.step.created',
          data: step('step_3', 'in_progress', { type: 'tool_calls', tool_calls: [] }),
        },
        toolDelta('step_3', { index: 0, ...weather, function: { ...weather.function, output: null } }),
        { event: 'thread.run.requires_action', data: requiresAction },
        done,
      ],
    });
    server.on('POST', '/threads/thread_1/runs/run_1/submit_tool_outputs', {
      sse: [
        { event: 'thread.run.queued', data: run_('queued') },
        { event: 'thread.message.created', data: message('msg_2', 'in_progress') },
        textDelta('msg_2', 'It is sunny.'),
        { event: 'thread.message.completed', data: message('msg_2', 'completed', 'It is sunny.') },
        { event: 'thread.run.completed', data: run_('completed') },
        done,
      ],
    });
    await run('assistants-events');
    expect(printed).toEqual([
      ['done >', 'x = 1', 0],
      [
        '\nassistant > code_interpreter\n\nx = (14 - 11) / 3\nprint(x)\noutput >\n\n1.0\n',
        '\nassistant > x = 1',
        '\nassistant > function\n\n',
      ].join(''),
      [1, 'completed'],
      [true, 17],
    ]);
    expect(server.requests.at(-1)?.json()).toEqual({
      stream: true,
      tool_outputs: [{ tool_call_id: 'call_1', output: 'sunny' }],
    });
  });

  it('realtime over ws: socket open, send, text deltas, close', async () => {
    server.realtime.on('response.create', realtimeResponse({ text: 'Two paragraphs.' }));
    await run('realtime');
    expect(printed).toEqual(['Two paragraphs.', 'Connection closed!']);
  });

  it('admin: projects listed with the admin key', async () => {
    server.on('GET', '/organization/projects', {
      json: { object: 'list', data: [{ id: 'proj_1', object: 'organization.project', name: 'Main' }], has_more: false },
    });
    await run('admin');
    expect(printed).toEqual(['Main']);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer sk-admin-test');
  });

  it('Azure: a chat completion below the deployment, with api-key and api-version', async () => {
    server.on('POST', '/openai/deployments/gpt-4o/chat/completions', {
      json: completion({ content: 'Hello from Azure.' }),
    });
    await run('azure');
    expect(printed).toEqual(['Hello from Azure.']);
    expect(server.requests[0]?.rawUrl).toBe('/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21');
    expect(server.requests[0]?.headers['api-key']).toBe('azure-test');
  });

  it('workload identity: the README clients, made without an API key and sending nothing until a call', async () => {
    vi.stubEnv('OPENAI_API_KEY', '');
    await run('workload-identity');
    expect(printed).toEqual(['jwt', 'id', true]);
    expect(server.requests).toHaveLength(0);
  });
});
