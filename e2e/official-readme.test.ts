import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import OpenAI from '@org/openai';
import { useTestServer } from '@org/testing/vitest';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifySigV4 } from '../packages/core/src/test-support/verify-sigv4.js';
import {
  errorsByFile,
  examplesDir,
  officialPackageDir,
  officialVersion,
  type ReadmeExample,
  readmeExamples,
  writeExamples,
} from './support/official-readme-examples.js';
import { repoRoot } from './support/repo-root.js';
import { runCommand } from './support/run-command.js';

/**
 * The official package's README examples, with only the import changed: every one typechecks against
 * `@org/openai` but those using what the umbrella does not offer, and the complete programs among them run against
 * the local server. The examples are read from the installed official package, pinned in `bench/package.json`: the
 * numbers below are its blocks' places.
 */
const pinnedVersion = '7.57.0';

/**
 * Examples that do not compile, each with what they use that `@org/openai` leaves out: none since the X.509 credential
 * (example 9) and the Bedrock provider (example 23) came.
 */
const notOffered: Record<string, string> = {};

/**
 * Examples that compile with neither package in a project with the DOM's types (this repository's): undici's `fetch`
 * and agents are typed with undici's own copy of the fetch types, whose `Request` and `Blob` are not the DOM's.
 */
const typedForNeither: Record<string, string> = {
  'example-32.ts': "undici's `fetch` as the `fetch` option",
  'example-35.ts': "undici's `fetch` as the `fetch` option",
};

let examples: ReadmeExample[];
let typeErrors: Map<string, string[]>;

beforeAll(async () => {
  expect(officialVersion(), 'the README examples below are numbered for this version').toBe(pinnedVersion);
  examples = readmeExamples();
  writeExamples(examples);
  const tsc = path.join(repoRoot, 'node_modules', '.bin', 'tsc');
  const result = await runCommand(tsc, ['-p', path.join(examplesDir, 'tsconfig.json')], { cwd: examplesDir });
  typeErrors = errorsByFile(result.stdout);
}, 120_000);

describe("the official README's examples, with only the import changed", () => {
  it('typecheck, but for those using what the umbrella does not offer', () => {
    expect(examples.length).toBeGreaterThan(30);
    const failing = Object.fromEntries(typeErrors);
    const unexpected = Object.fromEntries(
      Object.entries(failing).filter(([file]) => !(file in notOffered) && !(file in typedForNeither)),
    );
    expect(unexpected).toEqual({});
  });

  it('still fail where the umbrella does not offer what they use, so this list stays true', () => {
    for (const file of Object.keys(notOffered)) expect(typeErrors.get(file), file).toBeDefined();
  });
});

describe("the client class's static members", () => {
  it('are the official ones, but the resource classes (types here, under the same namespaces)', () => {
    const official = createRequire(path.join(officialPackageDir, 'package.json'))('openai').default;
    const resourceClass = /^[A-Z][a-z]/;
    const expected = Object.getOwnPropertyNames(official).filter(
      (name) => !['length', 'name', 'prototype'].includes(name) && (!resourceClass.test(name) || name === 'OpenAI'),
    );
    expect(expected).toContain('DEFAULT_TIMEOUT');
    expect(expected.filter((name) => !(name in OpenAI))).toEqual([]);
    expect(OpenAI.DEFAULT_TIMEOUT).toBe(official.DEFAULT_TIMEOUT);
    expect(new OpenAI.OpenAI({ apiKey: 'sk-test' })).toBeInstanceOf(OpenAI);
  });
});

const server = useTestServer();
let printed: unknown[];

beforeEach(() => {
  vi.stubEnv('OPENAI_API_KEY', 'sk-test');
  vi.stubEnv('OPENAI_BASE_URL', server.baseURL);
  printed = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    printed.push(args.length === 1 ? args[0] : args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

function text(message: string) {
  const content = [{ type: 'output_text', text: message, annotations: [] }];
  return {
    id: 'resp_1',
    object: 'response',
    created_at: 1,
    model: 'gpt-5.5',
    status: 'completed',
    output: [{ type: 'message', id: 'msg_1', role: 'assistant', status: 'completed', content }],
  };
}

function completion(content: string) {
  const message = { role: 'assistant', content, refusal: null };
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1,
    model: 'gpt-5.5',
    choices: [{ index: 0, message, finish_reason: 'stop', logprobs: null }],
  };
}

/** Runs an example as a module, as its README shows it: top-level awaits and all. */
async function run(file: string): Promise<void> {
  await import(/* @vite-ignore */ path.join(examplesDir, file));
}

describe("the official README's complete programs run against the local server", () => {
  it('create a response (example 1) and one from an image (example 3)', async () => {
    server.on('POST', '/responses', { json: text('Arr, they be optional.') });
    await run('example-01.ts');
    await run('example-03.ts');
    expect(printed).toEqual(['Arr, they be optional.', 'Arr, they be optional.']);
    expect(server.requests[1]!.json()).toMatchObject({ input: [{ role: 'user' }] });
  });

  it('create a chat completion (example 2), with retries and timeouts set (examples 15, 16)', async () => {
    server.on('POST', '/chat/completions', { json: completion('Mostly, yes.') });
    await run('example-02.ts');
    await run('example-15.ts');
    await run('example-16.ts');
    expect(printed).toEqual(['Mostly, yes.']);
    expect(server.requests).toHaveLength(3);
  });

  it('stream a response, printing each event (example 10)', async () => {
    const events = [
      { type: 'response.created', sequence_number: 0, response: { ...text(''), status: 'in_progress', output: [] } },
      { type: 'response.output_text.delta', sequence_number: 1, delta: 'Sheep', item_id: 'msg_1' },
      { type: 'response.completed', sequence_number: 2, response: text('Sheep') },
    ];
    server.on('POST', '/responses', { sse: events.map((data) => ({ event: data.type, data })) });
    await run('example-10.ts');
    expect(printed.map((event) => (event as { type: string }).type)).toEqual(events.map((event) => event.type));
  });

  it('read the request id of an error (example 14) and of a result (example 17)', async () => {
    server.on('POST', '/fine_tuning/jobs', {
      status: 400,
      headers: { 'x-request-id': 'req_bad' },
      json: { error: { message: 'bad file', type: 'invalid_request_error' } },
    });
    server.on('POST', '/responses', { headers: { 'x-request-id': 'req_123' }, json: text('ok') });
    await run('example-14.ts');
    await run('example-17.ts');
    expect(printed.slice(0, 3)).toEqual(['req_bad', 400, true]);
    expect(printed[3]).toBeInstanceOf(Headers);
    expect(printed[4]).toBe('req_123');
  });

  it('walk pages by hand (example 20)', async () => {
    server.on('GET', '/fine_tuning/jobs', (request) => ({
      json: request.query.get('after')
        ? { object: 'list', data: [{ id: 'ftjob-2' }], has_more: false }
        : { object: 'list', data: [{ id: 'ftjob-1' }], has_more: true },
    }));
    await run('example-20.ts');
    expect(printed).toEqual([{ id: 'ftjob-1' }]);
    expect(server.requests.map((request) => request.query.get('after'))).toEqual([null, 'ftjob-1']);
  });

  it('call Amazon Bedrock (example 23): as written with a bearer token, and signed with AWS credentials', async () => {
    server.on('POST', '/responses', { json: text('Hello from Bedrock') });
    vi.stubEnv('OPENAI_BASE_URL', '');
    for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_SESSION_TOKEN', 'AWS_PROFILE']) vi.stubEnv(name, '');
    vi.stubEnv('AWS_BEDROCK_BASE_URL', server.baseURL);
    vi.stubEnv('AWS_BEARER_TOKEN_BEDROCK', 'bedrock-api-key');
    await run('example-23.ts');

    // SigV4 signs for a service its hostname names; 127.0.0.1 names none, so the variant says which (as the official
    // package requires too). Credentials come from the environment: the default chain without the AWS SDK installed.
    vi.stubEnv('AWS_BEARER_TOKEN_BEDROCK', '');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDREADME');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'readme-secret');
    const source = readFileSync(path.join(examplesDir, 'example-23.ts'), 'utf8');
    const variant = source.replace(
      "bedrock({ region: 'us-west-2' })",
      "bedrock({ region: 'us-west-2', endpoint: 'mantle' })",
    );
    expect(variant).not.toBe(source);
    writeFileSync(path.join(examplesDir, 'example-23-sigv4.ts'), variant);
    await run('example-23-sigv4.ts');

    expect(printed).toEqual(['Hello from Bedrock', 'Hello from Bedrock']);
    const [bearer, signed] = server.requests;
    expect(bearer!.headers.authorization).toBe('Bearer bedrock-api-key');
    expect(JSON.stringify(server.requests.map((request) => request.headers))).not.toContain('sk-test');
    await verifySigV4(
      signed!,
      { accessKeyId: 'AKIDREADME', secretAccessKey: 'readme-secret' },
      'us-west-2',
      'bedrock-mantle',
    );
  });

  it('read the raw response (example 24) and make a raw call (example 27)', async () => {
    server.on('POST', '/responses', { headers: { 'x-my-header': 'mine' }, json: text('a test') });
    server.on('POST', '/some/path', { json: {} });
    await run('example-24.ts');
    await run('example-27.ts');
    expect(printed.slice(0, 3)).toEqual(['mine', 'OK', 'mine']);
    expect(printed[3]).toMatchObject({ id: 'resp_1' });
    const raw = server.lastRequest()!;
    expect([raw.path, raw.query.get('some_query_arg'), raw.json()]).toEqual([
      '/v1/some/path',
      'bar',
      { some_prop: 'foo' },
    ]);
  });
});
