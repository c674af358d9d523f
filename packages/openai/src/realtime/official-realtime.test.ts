import { realtimeResponse } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { OpenAI } from '../generated/index.js';
import { OpenAIRealtimeWebSocket } from './websocket.js';
import { OpenAIRealtimeWS } from './ws.js';

const server = useTestServer();

describe('the official realtime classes', () => {
  it.each([
    ['OpenAIRealtimeWS', OpenAIRealtimeWS],
    ['OpenAIRealtimeWebSocket', OpenAIRealtimeWebSocket],
  ])('%s: an official program (socket open, send, on, close) runs a text turn', async (_name, RealtimeClass) => {
    server.realtime.on('response.create', realtimeResponse({ text: 'Hello there' }));
    const openai = new OpenAI({ apiKey: 'sk-test', baseURL: server.baseURL });
    const rt = new RealtimeClass({ model: 'gpt-realtime' }, openai);
    const deltas: string[] = [];
    const closed = new Promise<void>((resolve) => rt.socket.on('close', resolve));

    rt.socket.on('open', () => {
      rt.send({ type: 'session.update', session: { type: 'realtime', output_modalities: ['text'] } });
      rt.send({
        type: 'conversation.item.create',
        item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Hi' }] },
      });
      rt.send({ type: 'response.create' });
    });
    rt.on('response.output_text.delta', (event) => deltas.push(event.delta));
    rt.on('response.done', () => void rt.close());
    await closed;

    expect(deltas.join('')).toBe('Hello there');
    expect(server.realtime.events.map((event) => event.type)).toEqual([
      'session.update',
      'conversation.item.create',
      'response.create',
    ]);
  });

  it('create() takes the client first, as the official factory does', async () => {
    const openai = new OpenAI({ apiKey: 'sk-test', baseURL: server.baseURL });
    const rt = await OpenAIRealtimeWS.create(openai, { model: 'gpt-realtime' });
    await rt.opened();
    await rt.close({ code: 1000, reason: 'done' });
    expect(rt.state).toBe('closed');
  });
});
