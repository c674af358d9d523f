import type { Client, ToolRun } from '@org/core';
import type { ToolResult } from '@org/core/internal';
import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import type { Response, ResponseStreamEvent } from './generated/types.js';
import {
  type ParsableTextFormat,
  parsedResponseStream,
  parseResponse,
  type ResponseFailedError,
  type ResponseStream,
  type ResponseToolRunResult,
  type ResponseToolStep,
  responseStream,
  runResponseTools,
  streamResponseTools,
} from './index.js';
import { zodTextFormat, zodTool } from './zod.js';

const Event = z.object({ name: z.string(), guests: z.array(z.string()), venue: z.string().nullable() });
type EventShape = { name: string; guests: string[]; venue: string | null };
const format = zodTextFormat(Event, 'event');
const body = { model: 'gpt-4o-mini', input: 'hi' };

// Type-level checks, compiled by the typecheck; the functions are never called.
describe('helper types', () => {
  it('narrows the stream events by type', () => {
    const read = async (client: Client) => {
      const stream = responseStream(client, body);
      expectTypeOf(stream).toEqualTypeOf<ResponseStream>();
      for await (const event of stream) {
        expectTypeOf(event).toEqualTypeOf<ResponseStreamEvent>();
        if (event.type === 'response.output_text.delta') expectTypeOf(event.delta).toEqualTypeOf<string>();
        if (event.type === 'response.function_call_arguments.done')
          expectTypeOf(event.arguments).toEqualTypeOf<string>();
        if (event.type === 'error') expectTypeOf(event.code).toEqualTypeOf<string | null>();
      }
      expectTypeOf(await stream.finalResponse()).toEqualTypeOf<Response>();
      expectTypeOf(stream.outputText).toEqualTypeOf<string>();
      expectTypeOf(stream.cursor).toEqualTypeOf<
        { responseId: string; lastSequenceNumber?: number | undefined } | undefined
      >();
    };
    expectTypeOf(read).toBeFunction();
  });

  it('types outputParsed from the zod schema', () => {
    expectTypeOf(format).toEqualTypeOf<ParsableTextFormat<EventShape>>();
    const parse = async (client: Client) => {
      const response = await parseResponse(client, { ...body, text: { format } });
      expectTypeOf(response.outputParsed).toEqualTypeOf<EventShape>();
      expectTypeOf(response.id).toEqualTypeOf<string>();
      const stream = parsedResponseStream(client, { ...body, text: { format } });
      expectTypeOf((await stream.finalParsedResponse()).outputParsed).toEqualTypeOf<EventShape>();
      // @ts-expect-error a plain format carries no parser
      await parseResponse(client, { ...body, text: { format: { type: 'json_schema', name: 'x', schema: {} } } });
    };
    expectTypeOf(parse).toBeFunction();
  });

  it('types the tool runs, their steps and their events', () => {
    const weather = zodTool({
      name: 'weather',
      parameters: z.object({ city: z.string() }),
      run: ({ city }) => {
        expectTypeOf(city).toEqualTypeOf<string>();
        return { celsius: 20 };
      },
    });
    const run = (client: Client) => runResponseTools(client, { ...body, tools: [weather, { type: 'web_search' }] });
    expectTypeOf<ReturnType<typeof run>>().toEqualTypeOf<ToolRun<ResponseToolStep, ResponseToolRunResult>>();
    expectTypeOf<ResponseToolStep['toolResults']>().toEqualTypeOf<ToolResult[]>();
    const stream = async (client: Client) => {
      for await (const event of streamResponseTools(client, { ...body, tools: [weather] })) {
        if (event.type === 'tool_step') expectTypeOf(event.step).toEqualTypeOf<ResponseToolStep>();
        if (event.type === 'response.output_text.delta') expectTypeOf(event.delta).toEqualTypeOf<string>();
      }
    };
    expectTypeOf(stream).toBeFunction();
    // @ts-expect-error tools must be tool definitions or API tools
    runResponseTools({} as Client, { ...body, tools: [{ name: 'not a tool' }] });
  });

  it('types the failed response error', () => {
    expectTypeOf<ResponseFailedError['response']>().toEqualTypeOf<Response>();
    expectTypeOf<ResponseFailedError['code']>().toEqualTypeOf<string | null>();
  });
});
