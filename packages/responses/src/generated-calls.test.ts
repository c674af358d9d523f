import { createClient } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import {
  Conversations,
  cancelResponse,
  compactResponse,
  countResponseInputTokens,
  createConversation,
  createConversationItems,
  deleteConversation,
  deleteConversationItem,
  deleteResponse,
  listConversationItems,
  listResponseInputItems,
  Responses,
  retrieveConversation,
  retrieveConversationItem,
  retrieveResponse,
  updateConversation,
} from './index.js';

// The generated calls, checked against the wire: method, path, query and body.
const server = useTestServer();
const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
const item = { type: 'message' as const, role: 'user' as const, content: 'Hello' };

function sent() {
  const request = server.lastRequest()!;
  return { method: request.method, url: request.rawUrl, body: request.bodySize ? request.json() : undefined };
}

describe('conversations', () => {
  it('creates, retrieves, updates and deletes a conversation', async () => {
    server.on('*', /.*/, { json: { id: 'conv_1', object: 'conversation', metadata: {}, created_at: 1 } });
    await createConversation(client(), { metadata: { topic: 'demo' }, items: [item] });
    expect(sent()).toEqual({
      method: 'POST',
      url: '/v1/conversations',
      body: { metadata: { topic: 'demo' }, items: [item] },
    });
    await retrieveConversation(client(), 'conv_1');
    expect(sent()).toEqual({ method: 'GET', url: '/v1/conversations/conv_1', body: undefined });
    await updateConversation(client(), 'conv_1', { metadata: { topic: 'other' } });
    expect(sent()).toEqual({ method: 'POST', url: '/v1/conversations/conv_1', body: { metadata: { topic: 'other' } } });
    await deleteConversation(client(), 'conv 1/x');
    expect(sent()).toEqual({ method: 'DELETE', url: '/v1/conversations/conv%201%2Fx', body: undefined });
  });

  it('lists, adds, retrieves and deletes conversation items', async () => {
    server.on('GET', '/conversations/{id}/items', (request) => ({
      json: {
        object: 'list',
        data: [{ id: request.query.get('after') ? 'msg_2' : 'msg_1', ...item, status: 'completed' }],
        first_id: 'msg_1',
        last_id: request.query.get('after') ? 'msg_2' : 'msg_1',
        has_more: !request.query.get('after'),
      },
    }));
    const ids: string[] = [];
    for await (const listed of listConversationItems(client(), 'conv_1', { limit: 1, order: 'asc' })) {
      ids.push((listed as { id: string }).id);
    }
    expect(ids).toEqual(['msg_1', 'msg_2']);
    expect(server.requests.map((request) => request.rawUrl)).toEqual([
      '/v1/conversations/conv_1/items?limit=1&order=asc',
      '/v1/conversations/conv_1/items?limit=1&order=asc&after=msg_1',
    ]);

    server.on('*', /.*/, { json: { object: 'list', data: [] } });
    await createConversationItems(client(), 'conv_1', { items: [item] }, { include: ['message.output_text.logprobs'] });
    expect(sent()).toEqual({
      method: 'POST',
      url: '/v1/conversations/conv_1/items?include%5B%5D=message.output_text.logprobs',
      body: { items: [item] },
    });
    await retrieveConversationItem(client(), 'conv_1', 'msg_1');
    expect(sent()).toEqual({ method: 'GET', url: '/v1/conversations/conv_1/items/msg_1', body: undefined });
    await deleteConversationItem(client(), 'conv_1', 'msg_1');
    expect(sent()).toEqual({ method: 'DELETE', url: '/v1/conversations/conv_1/items/msg_1', body: undefined });
  });

  it('reaches the same calls through the resource class', async () => {
    server.on('*', /.*/, { json: { object: 'list', data: [] } });
    const conversations = new Conversations(client());
    await conversations.items.create('conv_1', { items: [item] });
    expect(sent()).toEqual({ method: 'POST', url: '/v1/conversations/conv_1/items', body: { items: [item] } });
  });
});

describe('responses', () => {
  it('counts input tokens', async () => {
    server.on('POST', '/responses/input_tokens', { json: { object: 'response.input_tokens', input_tokens: 7 } });
    const counted = await countResponseInputTokens(client(), { model: 'gpt-4o-mini', input: 'How many tokens?' });
    expect(counted.input_tokens).toBe(7);
    expect(sent()).toEqual({
      method: 'POST',
      url: '/v1/responses/input_tokens',
      body: { model: 'gpt-4o-mini', input: 'How many tokens?' },
    });
  });

  it('compacts a conversation', async () => {
    const compacted = { id: 'cmp_1', object: 'response.compaction', output: [], created_at: 1, usage: {} };
    server.on('POST', '/responses/compact', { json: compacted });
    const result = await compactResponse(client(), { model: 'gpt-4o-mini', previous_response_id: 'resp_1' });
    expect(result.id).toBe('cmp_1');
    expect(sent()).toEqual({
      method: 'POST',
      url: '/v1/responses/compact',
      body: { model: 'gpt-4o-mini', previous_response_id: 'resp_1' },
    });
  });

  it('retrieves, cancels and deletes a response, and lists its input items', async () => {
    server.on('*', /.*/, { json: { id: 'resp_1', object: 'list', data: [], has_more: false } });
    await retrieveResponse(client(), 'resp_1', { include: ['reasoning.encrypted_content'] });
    expect(sent()).toEqual({
      method: 'GET',
      url: '/v1/responses/resp_1?include%5B%5D=reasoning.encrypted_content',
      body: undefined,
    });
    await cancelResponse(client(), 'resp_1');
    expect(sent()).toMatchObject({ method: 'POST', url: '/v1/responses/resp_1/cancel' });
    await deleteResponse(client(), 'resp_1');
    expect(sent()).toEqual({ method: 'DELETE', url: '/v1/responses/resp_1', body: undefined });
    await listResponseInputItems(client(), 'resp_1', { limit: 5 });
    expect(sent()).toEqual({ method: 'GET', url: '/v1/responses/resp_1/input_items?limit=5', body: undefined });
    await new Responses(client()).inputTokens.count({ model: 'gpt-4o-mini' });
    expect(sent()).toEqual({ method: 'POST', url: '/v1/responses/input_tokens', body: { model: 'gpt-4o-mini' } });
  });
});
