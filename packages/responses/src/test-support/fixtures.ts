// Builders for the tests: responses and stream events as the API sends them. Not part of the package's entries.
import type { ReplySpec } from '@org/testing';
import type { FunctionToolCall, OutputMessage, Response, ResponseStreamEvent } from '../generated/types.js';

type Unnumbered<E> = E extends ResponseStreamEvent ? Omit<E, 'sequence_number'> : never;

export function fakeResponse(fields: Partial<Response> = {}): Response {
  return {
    id: 'resp_1',
    object: 'response',
    created_at: 1_700_000_000,
    status: 'completed',
    model: 'gpt-4o-mini',
    output: [],
    error: null,
    incomplete_details: null,
    instructions: null,
    metadata: {},
    parallel_tool_calls: true,
    temperature: 1,
    top_p: 1,
    tools: [],
    tool_choice: 'auto',
    ...fields,
  };
}

export function outputMessage(text: string, id = 'msg_1'): OutputMessage {
  const content = [{ type: 'output_text' as const, text, annotations: [], logprobs: [] }];
  return { id, type: 'message', role: 'assistant', status: 'completed', content };
}

export function functionCall(callId: string, name: string, args: unknown): FunctionToolCall {
  const item = { id: `fc_${callId}`, call_id: callId, name, arguments: JSON.stringify(args) };
  return { type: 'function_call', status: 'completed', ...item };
}

/** The JSON body of a recorded request, for assertions. */
export function sentBody(request: { json(): unknown } | undefined): Record<string, unknown> {
  return (request?.json() ?? {}) as Record<string, unknown>;
}

/** Numbers the events from `first`, as the server does. */
export function numbered(events: Unnumbered<ResponseStreamEvent>[], first = 0): ResponseStreamEvent[] {
  return events.map((event, index) => ({ ...event, sequence_number: first + index }) as ResponseStreamEvent);
}

/** The whole event sequence of a response that writes `deltas` as one message. */
export function textEvents(deltas: string[], fields: Partial<Response> = {}): ResponseStreamEvent[] {
  const text = deltas.join('');
  const started = fakeResponse({ ...fields, status: 'in_progress' });
  const ids = { item_id: 'msg_1', output_index: 0, content_index: 0 };
  const empty = { type: 'output_text' as const, text: '', annotations: [], logprobs: [] };
  return numbered([
    { type: 'response.created', response: started },
    { type: 'response.in_progress', response: started },
    {
      type: 'response.output_item.added',
      output_index: 0,
      item: { ...outputMessage(''), content: [], status: 'in_progress' },
    },
    { type: 'response.content_part.added', ...ids, part: empty },
    ...deltas.map((delta) => ({ type: 'response.output_text.delta' as const, ...ids, delta, logprobs: [] })),
    { type: 'response.output_text.done', ...ids, text, logprobs: [] },
    { type: 'response.content_part.done', ...ids, part: { ...empty, text } },
    { type: 'response.output_item.done', output_index: 0, item: outputMessage(text) },
    { type: 'response.completed', response: fakeResponse({ ...fields, output: [outputMessage(text)] }) },
  ]);
}

/** An SSE reply carrying the events, each named by its type as the API names them. */
export function sseReply(events: ResponseStreamEvent[], spec: Partial<ReplySpec> = {}): ReplySpec {
  return { sse: events.map((data) => ({ event: data.type, data })), ...spec };
}
