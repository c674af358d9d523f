import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, InvalidInputError, InvalidResponseError } from '@org/core';
import { OpenAI } from '@org/openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageExport } from './package-export.js';

interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

type Handler = (request: Recorded, response: ServerResponse) => void;

const recorded: Recorded[] = [];
let handler: Handler = (_request, response) => response.writeHead(404).end();
let server: Server;
let openai: OpenAI;

function json(response: ServerResponse, value: unknown): void {
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
}

function sse(response: ServerResponse, events: Array<{ event?: string; data: unknown }>): void {
  response.writeHead(200, { 'content-type': 'text/event-stream' });
  for (const event of events) {
    if (event.event !== undefined) response.write(`event: ${event.event}\n`);
    response.write(`data: ${typeof event.data === 'string' ? event.data : JSON.stringify(event.data)}\n\n`);
  }
  response.end();
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      recorded.push(entry);
      handler(entry, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  openai = new OpenAI({
    apiKey: 'sk-test',
    adminAPIKey: 'sk-admin-test',
    baseURL: `http://127.0.0.1:${port}/v1`,
    maxRetries: 0,
  });
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function last(): Recorded {
  const entry = recorded.at(-1);
  if (entry === undefined) throw new Error('no request recorded');
  return entry;
}

describe('generated request shapes against a local server', () => {
  it('sends a JSON body and parses a JSON reply', async () => {
    handler = (_request, response) => json(response, { id: 'chatcmpl-1', object: 'chat.completion', choices: [] });
    const reply = await openai.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(reply.id).toBe('chatcmpl-1');
    expect(last().method).toBe('POST');
    expect(last().url).toBe('/v1/chat/completions');
    expect(JSON.parse(last().body)).toEqual({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] });
    expect(last().headers.authorization).toBe('Bearer sk-test');
  });

  it('streams when asked, and always from the stream variant', async () => {
    handler = (_request, response) =>
      sse(response, [{ data: { id: 'c1', choices: [] } }, { data: { id: 'c2', choices: [] } }, { data: '[DONE]' }]);
    const ids: string[] = [];
    for await (const chunk of await openai.chat.completions.stream({ model: 'gpt-4o', messages: [] }))
      ids.push(chunk.id);
    expect(ids).toEqual(['c1', 'c2']);
    expect(JSON.parse(last().body)).toMatchObject({ stream: true });
  });

  it('raises InvalidResponseError for an empty reply where the spec promises JSON, and not where it promises none', async () => {
    handler = (_request, response) => response.writeHead(200).end();
    await expect(openai.responses.retrieve('resp_1')).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(openai.files.list()).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(openai.responses.delete('resp_1')).resolves.toBeUndefined();
    await expect(openai.realtime.calls.hangup('call_1')).resolves.toBeUndefined();
  });

  it('names the mistake when a function is called from JavaScript without its client, or with call options as its query', async () => {
    const createChatCompletion = await packageExport('chat', 'createChatCompletion');
    const listFiles = await packageExport('files', 'listFiles');
    const streamResponse = await packageExport('responses', 'streamResponse');
    const body = { model: 'gpt-4o-mini', messages: [] };
    expect(() => createChatCompletion(body)).toThrow(/`client`.*createClient/);
    expect(() => listFiles()).toThrow(InvalidInputError);
    expect(() => streamResponse(body)).toThrow(/`client`/);
    const sent = recorded.length;
    const client = createClient({ apiKey: 'sk-test', baseURL: 'http://127.0.0.1:9/v1' });
    await expect(listFiles(client, { signal: new AbortController().signal })).rejects.toThrow('`query.signal`');
    await expect(listFiles(client, { timeout: 1000 })).rejects.toThrow('`query.timeout`');
    expect(recorded).toHaveLength(sent);
  });

  it('yields named events for assistants run streams', async () => {
    handler = (_request, response) =>
      sse(response, [
        { event: 'thread.run.created', data: { id: 'run_1', object: 'thread.run' } },
        { event: 'done', data: '[DONE]' },
      ]);
    const events: string[] = [];
    const stream = await openai.beta.threads.runs.create('thread_1', { assistant_id: 'asst_1', stream: true });
    for await (const item of stream) events.push(`${item.event}:${(item.data as { id?: string }).id}`);
    expect(events).toEqual(['thread.run.created:run_1']);
    expect(last().url).toBe('/v1/threads/thread_1/runs');
  });

  it('returns file contents as a binary response and encodes path params', async () => {
    handler = (_request, response) =>
      response.writeHead(200, { 'content-type': 'application/octet-stream' }).end('abc');
    const content = await openai.files.content('file/1');
    expect(await content.text()).toBe('abc');
    expect(last().url).toBe('/v1/files/file%2F1/content');
  });

  it('sends ?beta=true and the query of beta operations', async () => {
    handler = (_request, response) => json(response, { id: 'resp_1', object: 'response' });
    await openai.beta.responses.retrieve('resp_1', { include: ['reasoning.encrypted_content'] });
    const url = new URL(last().url, 'http://localhost');
    expect(url.pathname).toBe('/v1/responses/resp_1');
    expect(url.searchParams.get('beta')).toBe('true');
    expect(url.searchParams.getAll('include[]')).toEqual(['reasoning.encrypted_content']);
  });

  it('pages usage by next_page with the admin key', async () => {
    handler = (request, response) => {
      const page = new URL(request.url, 'http://localhost').searchParams.get('page');
      if (page === null) json(response, { object: 'page', data: [{ start_time: 1 }], has_more: true, next_page: 'p2' });
      else json(response, { object: 'page', data: [{ start_time: 2 }], has_more: false, next_page: null });
    };
    const starts: number[] = [];
    for await (const bucket of openai.admin.organization.usage.costs({ start_time: 0 })) starts.push(bucket.start_time);
    expect(starts).toEqual([1, 2]);
    expect(new URL(last().url, 'http://localhost').searchParams.get('page')).toBe('p2');
    expect(last().headers.authorization).toBe('Bearer sk-admin-test');
  });

  it('takes the bracketed array parameters by their bare names, and sends them with the brackets', async () => {
    handler = (_request, response) => json(response, { object: 'list', data: [], has_more: false });
    await openai.admin.organization.auditLogs.list({
      event_types: ['project.created', 'invite.sent'],
      actor_emails: ['a@example.com'],
      effective_at: { gte: 10 },
    });
    const query = new URL(last().url, 'http://localhost').searchParams;
    expect(query.getAll('event_types[]')).toEqual(['project.created', 'invite.sent']);
    expect(query.getAll('actor_emails[]')).toEqual(['a@example.com']);
    expect(query.get('effective_at[gte]')).toBe('10');
  });

  it('picks multipart or JSON by the body for operations that take both', async () => {
    handler = (_request, response) => json(response, { id: 'cfile_1', object: 'container.file' });
    await openai.containers.files.create('cntr_1', { file: new Blob(['hello']) });
    expect(last().headers['content-type']).toMatch(/^multipart\/form-data/);
    await openai.containers.files.create('cntr_1', { file_id: 'file_1' });
    expect(last().headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(last().body)).toEqual({ file_id: 'file_1' });
  });

  it('refuses what is not a file in a field that takes only files, before sending', async () => {
    const sent = recorded.length;
    const notAFile = 'train.jsonl' as unknown as Blob;
    await expect(openai.files.create({ file: notAFile, purpose: 'batch' })).rejects.toMatchObject({
      name: 'InvalidInputError',
      input: 'file',
    });
    expect(recorded).toHaveLength(sent);
  });

  it('resolves operations without a reply body', async () => {
    handler = (_request, response) => response.writeHead(200).end();
    await openai.realtime.calls.hangup('rtc_1');
    expect(last().url).toBe('/v1/realtime/calls/rtc_1/hangup');
  });
});
