import { createClient } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { betaHeaderOf, betaHeaderTable } from './beta-header-table.js';
import { parseRoute } from './describe-operation.js';
import { operationTable } from './operation-table.js';
import { packageExport } from './package-export.js';

const server = useTestServer();

const pathOf = (route: string) => parseRoute(route).specPath.replace(/\?beta=true$/, '');

describe('the beta header table', () => {
  it('covers every assistants and ChatKit operation and every vector store operation, and nothing else', () => {
    const expected = (route: string, pkg: string) =>
      pkg === 'assistants'
        ? 'assistants=v2'
        : pkg === 'chatkit'
          ? 'chatkit_beta=v1'
          : pathOf(route).startsWith('/vector_stores')
            ? 'assistants=v2'
            : undefined;
    const wrong = operationTable.filter(({ route, pkg }) => betaHeaderOf(pathOf(route)) !== expected(route, pkg));
    expect(wrong.map(({ route }) => route)).toEqual([]);
    expect(operationTable.filter(({ route }) => betaHeaderOf(pathOf(route)) !== undefined)).toHaveLength(
      operationTable.filter(({ route, pkg }) => expected(route, pkg) !== undefined).length,
    );
  });

  it('matches whole path segments only', () => {
    expect(betaHeaderOf('/threads')).toBe('assistants=v2');
    expect(betaHeaderOf('/threads/{thread_id}/runs')).toBe('assistants=v2');
    expect(betaHeaderOf('/threadsafe')).toBeUndefined();
    expect(betaHeaderTable.flatMap(({ paths }) => paths).every((path) => path.startsWith('/'))).toBe(true);
  });

  it.each([
    ['assistants', 'retrieveThread', '/threads/{id}', 'assistants=v2'],
    ['chatkit', 'retrieveChatKitThread', '/chatkit/threads/{id}', 'chatkit_beta=v1'],
  ])(
    '@org/%s %s: a call’s own OpenAI-Beta replaces the header, and null takes it out',
    async (pkg, fn, path, value) => {
      server.on('GET', path, { json: { id: 'x' } });
      const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
      const call = await packageExport(pkg, fn);
      await call(client, 'x');
      await call(client, 'x', { headers: { 'OpenAI-Beta': 'assistants=v1' } });
      await call(client, 'x', { headers: { 'openai-beta': null } });
      expect(server.requests.map((request) => request.headers['openai-beta'])).toEqual([
        value,
        'assistants=v1',
        undefined,
      ]);
    },
  );
});
