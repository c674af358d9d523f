import { defineTool } from '@org/core';
import { realtimeResponse } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RealtimeConnectOptions } from './connect-options.js';
import { useConnections } from './test-support/use-connections.js';
import { toRealtimeTool } from './to-realtime-tool.js';
import { zodTool } from './zod.js';

const server = useTestServer();
const connectTo = useConnections(server);

const getWeather = zodTool({
  name: 'get_weather',
  description: 'The weather in a city',
  parameters: z.object({ city: z.string() }),
  run: ({ city }) => ({ city, sky: city === 'Oslo' ? 'snow' : 'sun' }),
});

const connect = (options: Partial<RealtimeConnectOptions> = {}) => connectTo({ tools: [getWeather], ...options });

describe('a function-call turn', () => {
  it('sends the tools with the session, answers the call with the zod tool, and goes on to the answer', async () => {
    server.realtime.on(
      'response.create',
      realtimeResponse({ functionCall: { name: 'get_weather', arguments: { city: 'Oslo' }, callId: 'call_oslo' } }),
      realtimeResponse({ text: 'Snow in Oslo: take a coat.' }),
    );
    const rt = connect({ session: { instructions: 'Answer about the weather.' } });
    await rt.addMessage('Weather in Oslo?');
    const turn = rt.createResponse();
    const result = await turn.result();

    expect(result.text).toBe('Snow in Oslo: take a coat.');
    expect(result.responses).toHaveLength(2);
    expect(result.responses[0]!.functionCalls).toEqual([
      {
        callId: 'call_oslo',
        name: 'get_weather',
        arguments: '{"city":"Oslo"}',
        itemId: expect.stringMatching(/^item_/),
        output: '{"city":"Oslo","sky":"snow"}',
      },
    ]);
    const sent = server.realtime.events;
    expect(sent[0]).toMatchObject({
      type: 'session.update',
      session: {
        type: 'realtime',
        instructions: 'Answer about the weather.',
        tools: [{ ...toRealtimeTool(getWeather), type: 'function', name: 'get_weather' }],
      },
    });
    expect(sent.slice(2).map((event) => event.type)).toEqual([
      'response.create',
      'conversation.item.create',
      'response.create',
    ]);
    expect(sent[3]).toMatchObject({
      item: { type: 'function_call_output', call_id: 'call_oslo', output: '{"city":"Oslo","sky":"snow"}' },
    });
  });

  it('tells the model of arguments its schema refuses, and of a tool it does not have', async () => {
    server.realtime.on(
      'response.create',
      realtimeResponse([
        { functionCall: { name: 'get_weather', arguments: { town: 'Oslo' }, callId: 'call_bad' } },
        { functionCall: { name: 'get_time', arguments: {}, callId: 'call_unknown' } },
      ]),
      realtimeResponse({ text: 'Sorry.' }),
    );
    const rt = connect();
    const result = await rt.createResponse().result();
    const [bad, unknown] = result.responses[0]!.functionCalls;
    expect(bad!.error?.message).toMatch(/does not match the schema: city/);
    expect(JSON.parse(bad!.output!)).toEqual({ error: expect.stringMatching(/city/) });
    expect(unknown!.output).toMatch(/There is no tool named \\"get_time\\"/);
    expect(result.text).toBe('Sorry.');
  });

  it('stops after maxSteps responses, leaving the last calls unanswered', async () => {
    server.realtime.on(
      'response.create',
      realtimeResponse({ functionCall: { name: 'get_weather', arguments: { city: 'Rome' } } }),
    );
    const rt = connect({ maxSteps: 2 });
    const result = await rt.createResponse().result();
    expect(result.responses).toHaveLength(2);
    expect(result.functionCalls).toHaveLength(1);
    expect(result.functionCalls[0]!.output).toBeUndefined();
    expect(server.realtime.events.filter((event) => event.type === 'response.create')).toHaveLength(2);
  });

  it('answers the calls of a response the server began by itself', async () => {
    const slow = defineTool({
      name: 'get_weather',
      parameters: { type: 'object', properties: {} },
      run: () => 'sunny',
    });
    server.realtime.on('response.create', realtimeResponse({ text: 'It is sunny.' }));
    const rt = connect({ tools: [slow] });
    await rt.opened();
    server.realtime.send(
      ...realtimeResponse({ functionCall: { name: 'get_weather', arguments: {}, callId: 'call_vad' } })({
        type: 'response.create',
      }),
    );
    const answer = await rt.waitFor('response.output_text.done');
    expect(answer.text).toBe('It is sunny.');
    expect(server.realtime.events.find((event) => event.type === 'conversation.item.create')).toMatchObject({
      item: { type: 'function_call_output', call_id: 'call_vad', output: 'sunny' },
    });
  });
});
