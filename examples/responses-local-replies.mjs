// Responses and stream events as the API sends them, for the examples' local server.

/** A response object; `fields` override the defaults. */
export function localResponse(fields = {}) {
  return {
    id: 'resp_local',
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

export function outputMessage(text) {
  const content = [{ type: 'output_text', text, annotations: [], logprobs: [] }];
  return { id: 'msg_local', type: 'message', role: 'assistant', status: 'completed', content };
}

export function functionCall(callId, name, args) {
  return {
    type: 'function_call',
    id: `fc_${callId}`,
    call_id: callId,
    name,
    arguments: JSON.stringify(args),
    status: 'completed',
  };
}

/** Every event of a response that writes `deltas` as one message, numbered from 0. */
export function textEvents(deltas, fields = {}) {
  const text = deltas.join('');
  const started = localResponse({ ...fields, status: 'in_progress' });
  const at = { item_id: 'msg_local', output_index: 0, content_index: 0 };
  const part = { type: 'output_text', text: '', annotations: [], logprobs: [] };
  const events = [
    { type: 'response.created', response: started },
    { type: 'response.output_item.added', output_index: 0, item: { ...outputMessage(''), content: [] } },
    { type: 'response.content_part.added', ...at, part },
    ...deltas.map((delta) => ({ type: 'response.output_text.delta', ...at, delta, logprobs: [] })),
    { type: 'response.output_text.done', ...at, text, logprobs: [] },
    { type: 'response.content_part.done', ...at, part: { ...part, text } },
    { type: 'response.output_item.done', output_index: 0, item: outputMessage(text) },
    { type: 'response.completed', response: localResponse({ ...fields, output: [outputMessage(text)] }) },
  ];
  return events.map((event, index) => ({ ...event, sequence_number: index }));
}

/** An SSE reply with the events, each named by its type, a little apart so they are seen arriving. */
export function sseReply(events, spec = {}) {
  return { sse: events.map((data) => ({ event: data.type, data })), chunkDelayMs: 40, ...spec };
}

/** The words of `text`, each with the space after it: deltas as a model streams them. */
export function words(text) {
  return text.split(/(?<= )/);
}

/** Every event of a response whose output is the given function calls, numbered from 0. */
export function functionCallEvents(calls, fields = {}) {
  const events = [
    { type: 'response.created', response: localResponse({ ...fields, status: 'in_progress' }) },
    ...calls.flatMap((item, output_index) => [
      { type: 'response.output_item.added', output_index, item: { ...item, arguments: '', status: 'in_progress' } },
      {
        type: 'response.function_call_arguments.done',
        item_id: item.id,
        output_index,
        name: item.name,
        arguments: item.arguments,
      },
      { type: 'response.output_item.done', output_index, item },
    ]),
    { type: 'response.completed', response: localResponse({ ...fields, output: calls }) },
  ];
  return events.map((event, index) => ({ ...event, sequence_number: index }));
}
