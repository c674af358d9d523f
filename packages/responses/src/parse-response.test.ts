import {
  createClient,
  getResponseMeta,
  InvalidInputError,
  OutputParseError,
  RefusalError,
  TruncatedOutputError,
} from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { OutputMessage, Response } from './generated/types.js';
import { jsonSchemaTextFormat, parsedResponseStream, parseResponse, ResponseFailedError } from './index.js';
import { fakeResponse, numbered, outputMessage, sseReply, textEvents } from './test-support/fixtures.js';
import { zodTextFormat } from './zod.js';

const server = useTestServer();
const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
const Event = z.object({
  name: z.string(),
  date: z.string(),
  guests: z.array(z.string()),
  venue: z.string().nullable(),
});
const format = zodTextFormat(Event, 'calendar_event');
const body = { model: 'gpt-4o-mini', input: 'Alice and Bob meet on Friday.', text: { format } };
const event = { name: 'Meeting', date: 'Friday', guests: ['Alice', 'Bob'], venue: null };

function replyWith(fields: Partial<Response>) {
  server.on('POST', '/responses', { json: fakeResponse(fields) });
}

describe('parseResponse', () => {
  it('sends a strict json_schema format and returns the output parsed by the schema', async () => {
    replyWith({ output: [outputMessage(JSON.stringify(event))] });
    const response = await parseResponse(client(), body);
    expect(response.outputParsed).toEqual(event);
    expect(getResponseMeta(response)?.requestId).toMatch(/^req_/);
    expect(server.lastRequest()?.json()).toEqual({
      model: 'gpt-4o-mini',
      input: 'Alice and Bob meet on Friday.',
      stream: false,
      text: {
        format: {
          type: 'json_schema',
          name: 'calendar_event',
          strict: true,
          schema: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              date: { type: 'string' },
              guests: { type: 'array', items: { type: 'string' } },
              venue: { type: ['string', 'null'] },
            },
            required: ['name', 'date', 'guests', 'venue'],
            additionalProperties: false,
          },
        },
      },
    });
  });

  it('raises RefusalError when the model refuses', async () => {
    const refusal: OutputMessage = { ...outputMessage(''), content: [{ type: 'refusal', refusal: 'I cannot help.' }] };
    replyWith({ output: [refusal] });
    const error = await parseResponse(client(), body).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(RefusalError);
    expect(error).toMatchObject({ refusal: 'I cannot help.' });
  });

  it.each(['max_output_tokens', 'content_filter'] as const)(
    'raises TruncatedOutputError when cut off by %s',
    async (reason) => {
      replyWith({ status: 'incomplete', incomplete_details: { reason }, output: [outputMessage('{"name": "Mee')] });
      const error = await parseResponse(client(), body).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(TruncatedOutputError);
      expect(error).toMatchObject({ reason });
    },
  );

  it('raises OutputParseError for output that is not JSON', async () => {
    replyWith({ output: [outputMessage('Sure! Here it is: {')] });
    const error = await parseResponse(client(), body).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(OutputParseError);
    expect(error).toMatchObject({ text: 'Sure! Here it is: {' });
    expect((error as Error).message).toContain('calendar_event');
  });

  it('raises OutputParseError for output that does not match the schema, naming the field', async () => {
    replyWith({ output: [outputMessage(JSON.stringify({ ...event, guests: 'Alice' }))] });
    const error = await parseResponse(client(), body).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(OutputParseError);
    expect((error as Error).message).toContain('guests');
  });

  it('raises OutputParseError when there is no output text at all', async () => {
    replyWith({ output: [] });
    await expect(parseResponse(client(), body)).rejects.toBeInstanceOf(OutputParseError);
  });

  it('raises ResponseFailedError for a failed response', async () => {
    replyWith({ status: 'failed', error: { code: 'server_error', message: 'Down.' } });
    await expect(parseResponse(client(), body)).rejects.toBeInstanceOf(ResponseFailedError);
  });

  it('refuses an optional field by its path before anything is sent', () => {
    const Loose = z.object({ name: z.string(), place: z.object({ city: z.string().optional() }) });
    const make = () => zodTextFormat(Loose, 'loose');
    expect(make).toThrow(InvalidInputError);
    expect(make).toThrow(/`place\.city` is optional.*\.nullable\(\)/);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a copy of the format that lost its parser', async () => {
    replyWith({ output: [outputMessage(JSON.stringify(event))] });
    const copy = { ...format };
    await expect(parseResponse(client(), { ...body, text: { format: copy } })).rejects.toThrow(InvalidInputError);
  });

  it('takes any validator through jsonSchemaTextFormat', async () => {
    replyWith({ output: [outputMessage('{"n": 2}')] });
    const doubled = jsonSchemaTextFormat(
      { name: 'number', schema: { type: 'object', properties: { n: { type: 'number' } } }, strict: true },
      (text) => (JSON.parse(text) as { n: number }).n * 2,
    );
    const response = await parseResponse(client(), { model: 'gpt-4o-mini', input: 'n?', text: { format: doubled } });
    expect(response.outputParsed).toBe(4);
  });
});

describe('parsedResponseStream', () => {
  it('streams the events, then parses the final response', async () => {
    const json = JSON.stringify(event);
    server.on('POST', '/responses', sseReply(textEvents([json.slice(0, 10), json.slice(10)])));
    const stream = parsedResponseStream(client(), body);
    let deltas = 0;
    for await (const streamed of stream) if (streamed.type === 'response.output_text.delta') deltas++;
    expect(deltas).toBe(2);
    expect((await stream.finalParsedResponse()).outputParsed).toEqual(event);
    expect(server.lastRequest()?.json()).toMatchObject({ stream: true, text: { format: { name: 'calendar_event' } } });
  });

  it('raises the same typed errors for a streamed refusal', async () => {
    const refused = { ...outputMessage(''), content: [{ type: 'refusal' as const, refusal: 'No.' }] };
    const events = numbered([{ type: 'response.completed', response: fakeResponse({ output: [refused] }) }]);
    server.on('POST', '/responses', sseReply(events));
    const stream = parsedResponseStream(client(), body);
    await expect(stream.finalParsedResponse()).rejects.toBeInstanceOf(RefusalError);
  });
});
