import type { RequestOptions } from '@org/core';
import { OpenAI } from '@org/openai';
import { useTestServer } from '@org/testing/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { callMethodPath } from './call-method-path.js';
import { type ContractCase, contractCases, replySpec } from './contract-case.js';
import { loadOfficialPackage } from './load-official-package.js';
import { officialArguments } from './official-arguments.js';
import { officialDifferences } from './official-differences.js';
import { operationTable } from './operation-table.js';
import { type RequestWire, requestWire } from './request-wire.js';
import { loadTestSpec } from './test-spec.js';

/**
 * Operations the official package has no method for, by route, with the reason; the umbrella has them. Each is
 * checked to be still missing, so the list cannot go stale. None with openai 7.57: it has every operation of the table.
 */
const notInOfficial: Record<string, string> = {};

const spec = await loadTestSpec();
const cases = operationTable.flatMap((entry) => contractCases(spec, entry));
const official = await loadOfficialPackage();
const server = useTestServer();

describe(`the umbrella sends what the official openai ${official.version} sends, for every operation`, () => {
  let ours: OpenAI;
  let theirs: object;
  beforeAll(() => {
    // Two keys, so that each operation shows which one the official package sends.
    const options = { apiKey: 'sk-test', adminAPIKey: 'sk-admin-test', baseURL: server.baseURL, maxRetries: 0 };
    ours = new OpenAI(options);
    theirs = new official.OpenAI({ ...options, organization: null, project: null, webhookSecret: null });
  });

  /** Makes the call through both clients; the requests as the API reads them, the umbrella's first. */
  async function sendBoth(
    contract: ContractCase,
    options: RequestOptions | undefined,
    headerNames: readonly string[] = [],
  ): Promise<[RequestWire, RequestWire] | undefined> {
    server.on(contract.method, contract.route, replySpec(contract.reply));
    const args = [...officialArguments(contract), ...(options === undefined ? [] : [options])];
    await callMethodPath(ours, contract.entry.method, args);
    const call = callMethodPath(theirs, contract.entry.method, args);
    if (contract.entry.route in notInOfficial) {
      expect(call, 'the official package has this method now: take it off notInOfficial').toBeUndefined();
      return undefined;
    }
    expect(call, 'the official package has no such method').toBeInstanceOf(Promise);
    // Only the request is compared: how each client reads a sampled reply is not the point here.
    await (call as Promise<unknown>).catch(() => undefined);
    expect(server.requests).toHaveLength(2);
    return server.requests.map((request) => requestWire(request, headerNames)) as [RequestWire, RequestWire];
  }

  function expectSame(contract: ContractCase, sent: RequestWire, expected: RequestWire): void {
    const difference = officialDifferences[contract.name];
    if (difference === undefined) {
      expect(sent).toEqual(expected);
      return;
    }
    expect(sent, `no difference any more: take ${contract.name} off officialDifferences`).not.toEqual(expected);
    expect(difference.normalise(sent)).toEqual(difference.normalise(expected));
  }

  const named = cases.map((contract) => [`${contract.entry.method} (${contract.name})`, contract] as const);

  it.each([
    ['files.retrieve', ['file-1', { path: '/files/file-2' }], { path: '/v1/files/file-2' }],
    [
      'embeddings.create',
      [{ model: 'm', input: 'a' }, { body: { model: 'n', input: 'b' } }],
      { body: { model: 'n', input: 'b' } },
    ],
  ] as const)('the official `path` and `body` options replace the call’s own: %s', async (method, args, replaced) => {
    server.on('GET', /.*/, { json: {} });
    server.on('POST', /.*/, { json: {} });
    await callMethodPath(ours, method, [...args]);
    await (callMethodPath(theirs, method, [...args]) as Promise<unknown>).catch(() => undefined);
    const [sent, expected] = server.requests.map((request) => requestWire(request)) as [RequestWire, RequestWire];
    expect(sent).toMatchObject(replaced);
    expect(sent).toEqual(expected);
  });

  it.each(named)('%s', async (_, contract) => {
    const requests = await sendBoth(contract, undefined);
    if (requests !== undefined) expectSame(contract, ...requests);
  });

  it.each(named)('%s, with the official request options', async (_, contract) => {
    // The options both clients take alike; `query` is left out: the official one replaces the call's query, ours adds.
    const options = {
      headers: { 'x-extra': 'yes' },
      idempotencyKey: 'idem-1',
      maxRetries: 0,
      timeout: 30_000,
      signal: new AbortController().signal,
    };
    const requests = await sendBoth(contract, options, ['x-extra']);
    if (requests !== undefined) expectSame(contract, ...requests);
    // The official client takes `idempotencyKey` but sends no header for it (it names none); the umbrella sends it on
    // every non-GET call, so that a retry is not done twice.
    const key = contract.method === 'GET' ? undefined : 'idem-1';
    expect(server.requests[0]!.headers['idempotency-key']).toBe(key);
  });
});
