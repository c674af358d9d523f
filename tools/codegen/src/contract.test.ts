import { type APIPromise, type BinaryResponse, type Client, createClient, type Page } from '@org/core';
import { OpenAI } from '@org/openai';
import { type RecordedRequest, type SSEEvent, sseDone } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { betaHeaderOf } from './beta-header-table.js';
import { callMethodPath } from './call-method-path.js';
import {
  type ContractBody,
  type ContractCase,
  type ContractHeader,
  contractCases,
  multipartFields,
  replySpec,
} from './contract-case.js';
import { type FormField, rebuildForm } from './form-fields.js';
import { officialArguments } from './official-arguments.js';
import { operationTable } from './operation-table.js';
import { packageExport } from './package-export.js';
import { requestFinishers } from './request-finisher-table.js';
import { SchemaSampler } from './sample-from-schema.js';
import { createSpecValidator } from './spec-validator.js';
import { streamingForm, streamingRequest } from './streaming-form.js';
import { loadTestSpec } from './test-spec.js';

/** Cases (by name) whose values are not checked against the spec's schemas, with the reason. None today. */
const exceptions: Record<string, string> = {};

const spec = await loadTestSpec();
const cases = operationTable.flatMap((entry) => contractCases(spec, entry));
const validator = createSpecValidator(spec);
const formValidator = createSpecValidator(spec, { coerceTypes: true });
const sampler = new SchemaSampler(spec.components.schemas);

const server = useTestServer();
let client: Client;

beforeAll(() => {
  client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
});

function expectValid(contract: ContractCase, errors: string[]): void {
  if (!(contract.name in exceptions)) expect(errors).toEqual([]);
}

function expectMultipart(contract: ContractCase, body: ContractBody, request: RecordedRequest): void {
  expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  const parts = (request.parts ?? []).map((part) =>
    part.filename === undefined
      ? { name: part.name, text: part.text() }
      : { name: part.name, file: part.contentType, size: part.size },
  );
  const expected = multipartFields(body).map(([name, value]) =>
    value instanceof Blob ? { name, file: value.type, size: value.size } : { name, text: String(value) },
  );
  expect(parts).toEqual(expected);
  // Fields arrive as text: read them as the schema's numbers and booleans; a file stands in as a string.
  const fields = parts.map((part): FormField => [part.name, 'text' in part ? part.text : 'file']);
  const form = rebuildForm(fields);
  for (const name of body.jsonFields) form[name] = JSON.parse(String(form[name]));
  expectValid(contract, formValidator.errors(body.schema, form));
}

/** `headerParams`: header parameters given as params fields, which must arrive as their headers. */
function expectRequest(contract: ContractCase, request: RecordedRequest, headerParams: ContractHeader[] = []): void {
  expect(request.method).toBe(contract.method);
  expect(request.path).toBe(contract.path);
  expect(request.params).toEqual(contract.pathParams);
  expect(request.headers.authorization).toBe('Bearer sk-test');
  // The beta header an area requires (assistants, threads, vector stores, ChatKit), and none elsewhere.
  const given = Object.fromEntries(headerParams.map((param) => [param.header, param.wire]));
  expect(request.headers['openai-beta']).toBe(given['openai-beta'] ?? betaHeaderOf(contract.route));
  for (const [name, value] of Object.entries(given)) expect(request.headers[name]).toBe(value);
  expect([...request.query].map(([name, value]) => `${name}=${value}`).sort()).toEqual(contract.queryPairs);
  for (const [name, value] of Object.entries(contract.query)) {
    expectValid(contract, validator.errors(contract.querySchemas[name] ?? {}, value));
  }
  const body = contract.body;
  if (body === undefined) {
    expect(request.headers['content-type']).toBeUndefined();
    expect(request.bodySize).toBe(0);
  } else if (body.encoding === 'json') {
    expect(request.headers['content-type']).toMatch(/^application\/json\b/);
    // What a request finisher adds to a call that leaves it out (`createEmbedding` asks for base64).
    expect(request.json()).toEqual({ ...requestFinishers[contract.entry.fn]?.defaults, ...body.value });
    expectValid(contract, validator.errors(body.schema, request.json()));
  } else {
    expectMultipart(contract, body, request);
  }
}

async function expectResult(contract: ContractCase, result: unknown): Promise<void> {
  const reply = contract.reply;
  if (reply.kind === 'json') {
    expectValid(contract, validator.errors(reply.schema, reply.value));
    // The client fills what the spec declares SDK-only (a response's `output_text`); the rest is the reply as sent.
    const filled = Object.fromEntries(reply.sdkOnly.map((name) => [name, expect.anything()]));
    expect(result).toEqual({ ...(reply.value as object), ...filled });
  } else if (reply.kind === 'page') {
    expectValid(contract, validator.errors(reply.schema, reply.value));
    const page = result as Page<unknown>;
    expect(page.body).toEqual(reply.value);
    expect(page.data).toEqual([reply.item]);
    expect(page.hasMore).toBe(false);
  } else if (reply.kind === 'binary') {
    const binary = result as BinaryResponse;
    expect(binary.contentType).toBe(reply.contentType);
    expect(await binary.bytes()).toEqual(reply.bytes);
  }
}

describe('contract: every operation, called with a minimal valid request', () => {
  it('has a case for every operation of the table', () => {
    expect(new Set(cases.map((contract) => contract.entry.route)).size).toBe(operationTable.length);
  });

  it.each(cases.map((contract) => [contract.name, contract] as const))('%s', async (_, contract) => {
    server.on(contract.method, contract.route, replySpec(contract.reply));
    const call = await packageExport(contract.entry.pkg, contract.entry.fn);
    const result = await call(client, ...contract.args);
    expect(server.requests).toHaveLength(1);
    expectRequest(contract, server.requests[0]!);
    await expectResult(contract, result);
  });
});

describe('contract: every operation carries its response, whatever its result', () => {
  it.each(cases.map((contract) => [contract.name, contract] as const))('%s: withResponse()', async (_, contract) => {
    server.on(contract.method, contract.route, replySpec(contract.reply));
    const call = await packageExport(contract.entry.pkg, contract.entry.fn);
    const { data, response, request_id, meta } = await (
      call(client, ...contract.args) as APIPromise<unknown>
    ).withResponse();
    await expectResult(contract, data);
    expect(request_id).toMatch(/^req_/);
    expect(meta.requestId).toBe(request_id);
    expect(response.status).toBe(contract.reply.status);
    expect(response.headers.get('x-request-id')).toBe(request_id);
  });

  it.each(cases.map((contract) => [contract.name, contract] as const))('%s: asResponse()', async (_, contract) => {
    const reply = replySpec(contract.reply);
    server.on(contract.method, contract.route, reply);
    const call = await packageExport(contract.entry.pkg, contract.entry.fn);
    const response = await (call(client, ...contract.args) as APIPromise<unknown>).asResponse();
    expect(response.status).toBe(contract.reply.status);
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const sent = reply.json === undefined ? (reply.body ?? '') : JSON.stringify(reply.json);
    expect(bytes).toEqual(typeof sent === 'string' ? new TextEncoder().encode(sent) : sent);
  });
});

const streamingCases = cases.flatMap((contract) => {
  const form = streamingForm(spec, contract.entry);
  return form === undefined ? [] : [[`${contract.name} → ${form.fn}`, contract, form] as const];
});

describe('contract: streaming forms send the switch and yield the events the spec describes', () => {
  it.each(streamingCases)('%s', async (_, contract, form) => {
    const event = sampler.sample(form.eventSchema) as Record<string, unknown>;
    expectValid(contract, validator.errors(form.eventSchema, event));
    const sse: (SSEEvent | string)[] = [
      form.eventNames ? { event: String(event.event), data: event.data } : { data: event },
    ];
    // Then the stream's own end, without which it would raise that it was cut short.
    const end = contract.entry.stream?.end;
    const last = Array.isArray(end) ? { type: end[0] } : undefined;
    if (end === '[DONE]') sse.push(form.eventNames ? 'event: done\ndata: [DONE]\n\n' : sseDone);
    if (last) sse.push({ data: last });
    server.on(contract.method, contract.route, { sse });
    const call = await packageExport(contract.entry.pkg, form.fn);
    const stream = (await call(client, ...contract.args)) as AsyncIterable<unknown>;
    const events: unknown[] = [];
    for await (const item of stream) events.push(item);
    expect(events).toEqual(last ? [event, last] : [event]);
    expect(server.requests).toHaveLength(1);
    expectRequest(streamingRequest(contract, form), server.requests[0]!);
  });
});

describe('contract: the umbrella methods take the official arguments and send the same request', () => {
  let openai: OpenAI;
  beforeAll(() => {
    openai = new OpenAI({ apiKey: 'sk-test', adminAPIKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
  });

  it.each(cases.map((contract) => [`${contract.entry.method} (${contract.name})`, contract] as const))(
    '%s',
    async (_, contract) => {
      server.on(contract.method, contract.route, replySpec(contract.reply));
      const call = callMethodPath(openai, contract.entry.method, officialArguments(contract));
      expect(call).toBeInstanceOf(Promise);
      const result = await call;
      expect(server.requests).toHaveLength(1);
      expectRequest(contract, server.requests[0]!, contract.headerParams);
      await expectResult(contract, result);
    },
  );
});
