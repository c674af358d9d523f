import { OpenAI } from '@org/openai';
import { describe, expect, it } from 'vitest';
import { operationTable } from './operation-table.js';

/** Walks `chat.completions.create` down from the client; the value found there. */
function lookup(root: object, path: string): unknown {
  let current: unknown = root;
  for (const segment of path.split('.')) {
    if (current === null || (typeof current !== 'object' && typeof current !== 'function')) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

describe('OpenAI umbrella client', () => {
  const openai = new OpenAI({ apiKey: 'sk-test', adminApiKey: 'sk-admin-test', baseURL: 'http://127.0.0.1:9/v1' });

  it('exposes every operation under its official method path', () => {
    const missing = operationTable.filter((entry) => typeof lookup(openai, entry.method) !== 'function');
    expect(missing.map((entry) => `${entry.method} (${entry.route})`)).toEqual([]);
  });

  it('exposes the always-streaming variants next to the streaming methods', () => {
    expect(typeof openai.chat.completions.stream).toBe('function');
    expect(typeof openai.responses.stream).toBe('function');
    expect(typeof openai.beta.threads.runs.submitToolOutputsStream).toBe('function');
  });

  it('builds resources once, on first use, and admin calls on their own client', () => {
    expect(openai.chat).toBe(openai.chat);
    expect(openai.beta.threads.runs).toBe(openai.beta.threads.runs);
    expect(openai.adminClient).not.toBe(openai.client);
  });
});
