import { getResponseMeta, NotFoundError } from '@org/core';
import { errorReply } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { Chat } from './generated/chat-resource.js';
import { deleteChatCompletion } from './generated/functions/delete-chat-completion.js';
import { listChatCompletionMessages } from './generated/functions/list-chat-completion-messages.js';
import { listChatCompletions } from './generated/functions/list-chat-completions.js';
import { retrieveChatCompletion } from './generated/functions/retrieve-chat-completion.js';
import { updateChatCompletion } from './generated/functions/update-chat-completion.js';
import { caught, collect, completion, testClient } from './test-support/fixtures.js';

const server = useTestServer();

const stored = (id: string) => ({ ...completion({ content: `answer ${id}` }), id });
const page = (ids: string[], hasMore: boolean) => ({
  json: { object: 'list', data: ids.map(stored), first_id: ids[0], last_id: ids.at(-1), has_more: hasMore },
});
const message = (id: string) => ({ id, role: 'assistant', content: `text ${id}`, refusal: null });

describe('stored chat completions', () => {
  it('lists one page with its query, and every page with for await', async () => {
    server.on('GET', '/chat/completions', page(['c1', 'c2'], true), page(['c3'], false));
    const client = testClient(server);
    const first = await listChatCompletions(client, { model: 'gpt-4o', limit: 2, metadata: { topic: 'x' } });
    expect(first.data.map((item) => item.id)).toEqual(['c1', 'c2']);
    expect(first.hasMore).toBe(true);
    const query = server.requests[0]?.query;
    expect(query?.get('model')).toBe('gpt-4o');
    expect(query?.get('limit')).toBe('2');
    expect(query?.get('metadata[topic]')).toBe('x');

    server.on('GET', '/chat/completions', page(['c1', 'c2'], true), page(['c3'], false));
    const all = await collect(listChatCompletions(client, { limit: 2 }));
    expect(all.map((item) => item.id)).toEqual(['c1', 'c2', 'c3']);
    expect(server.requests.at(-1)?.query.get('after')).toBe('c2');
  });

  it('retrieves one by id, with its metadata', async () => {
    server.on('GET', '/chat/completions/{id}', (request) => ({ json: stored(request.params.id ?? '') }));
    const found = await retrieveChatCompletion(testClient(server), 'chatcmpl-abc');
    expect(found.id).toBe('chatcmpl-abc');
    expect(getResponseMeta(found)?.status).toBe(200);
  });

  it('percent-encodes the id so it cannot change the path', async () => {
    server.on('GET', '/chat/completions/{id}', (request) => ({ json: stored(request.params.id ?? '') }));
    await retrieveChatCompletion(testClient(server), 'a/b?c');
    expect(server.lastRequest()?.path).toBe('/v1/chat/completions/a%2Fb%3Fc');
  });

  it('raises NotFoundError for an unknown id', async () => {
    server.on('GET', '/chat/completions/{id}', errorReply(404, 'No completion found', { code: 'not_found' }));
    const error = await caught(retrieveChatCompletion(testClient(server), 'missing'));
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it('updates its metadata', async () => {
    server.on('POST', '/chat/completions/{id}', (request) => ({
      json: { ...stored(request.params.id ?? ''), metadata: (request.json() as { metadata: unknown }).metadata },
    }));
    const updated = await updateChatCompletion(testClient(server), 'c1', { metadata: { reviewed: 'yes' } });
    expect(updated.metadata).toEqual({ reviewed: 'yes' });
    expect(server.lastRequest()?.json()).toEqual({ metadata: { reviewed: 'yes' } });
  });

  it('deletes it', async () => {
    server.on('DELETE', '/chat/completions/{id}', {
      json: { object: 'chat.completion.deleted', id: 'c1', deleted: true },
    });
    expect(await deleteChatCompletion(testClient(server), 'c1')).toEqual({
      object: 'chat.completion.deleted',
      id: 'c1',
      deleted: true,
    });
    expect(server.lastRequest()?.method).toBe('DELETE');
  });

  it('lists its messages page by page', async () => {
    const messagesPage = (ids: string[], hasMore: boolean) => ({
      json: { object: 'list', data: ids.map(message), first_id: ids[0], last_id: ids.at(-1), has_more: hasMore },
    });
    server.on('GET', '/chat/completions/{id}/messages', messagesPage(['m1'], true), messagesPage(['m2'], false));
    const all = await collect(listChatCompletionMessages(testClient(server), 'c1', { order: 'asc', limit: 1 }));
    expect(all.map((item) => item.content)).toEqual(['text m1', 'text m2']);
    expect(server.requests.map((request) => request.path)).toEqual([
      '/v1/chat/completions/c1/messages',
      '/v1/chat/completions/c1/messages',
    ]);
    expect(server.requests[1]?.query.get('after')).toBe('m1');
    expect(server.requests[1]?.query.get('order')).toBe('asc');
  });

  it('is reachable through the resource class under the official method paths', async () => {
    server.on('GET', '/chat/completions/{id}/messages', {
      json: { object: 'list', data: [message('m1')], first_id: 'm1', last_id: 'm1', has_more: false },
    });
    server.on('DELETE', '/chat/completions/{id}', {
      json: { object: 'chat.completion.deleted', id: 'c1', deleted: true },
    });
    const chat = new Chat(testClient(server));
    expect((await chat.completions.messages.list('c1')).data).toHaveLength(1);
    expect((await chat.completions.delete('c1')).deleted).toBe(true);
  });
});
