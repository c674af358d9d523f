import { realtimeId } from './realtime-id.js';
import type { RealtimeServerEventStep, RealtimeStep } from './realtime-step.js';
import type { RecordedRealtimeEvent } from './recorded-realtime-connection.js';

/** One output item of a scripted response: a text message, an audio message (with its transcript), a function call. */
export type RealtimeOutput =
  | { text: string }
  | { audio: Uint8Array; transcript?: string }
  | { functionCall: { name: string; arguments: string | Record<string, unknown>; callId?: string } };

export interface RealtimeResponseOptions {
  /** How the response ends in its `response.done`; default `completed`. */
  status?: 'completed' | 'incomplete' | 'failed' | 'cancelled';
  /** `status_details.error` of a failed response. */
  error?: { type: string; code?: string };
  /** Characters per text or transcript delta; default 8. */
  textChunk?: number;
  /** Bytes of audio per delta; default 4800 (100 ms of 24 kHz PCM16). */
  audioChunk?: number;
  /** Wait between events; default none. */
  delayMs?: number;
  /** Sends this many events of the response, then the `fault` instead of the rest. */
  faultAfterEvents?: number;
  /** What cuts the response short: `stall` (nothing more), `destroy` (no close frame), or a close with a code. */
  fault?: 'stall' | 'destroy' | { close: number; reason?: string };
}

/**
 * A reply to `response.create` that streams a whole response, event by event as the API does: `response.created`,
 * each output item with its content parts and deltas, their `.done` events, then `response.done`. It echoes the
 * request's `metadata`, `conversation` and `output_modalities`.
 */
export function realtimeResponse(
  outputs: RealtimeOutput | RealtimeOutput[],
  options: RealtimeResponseOptions = {},
): (request: RecordedRealtimeEvent) => RealtimeStep[] {
  return (request) => {
    const events = responseEvents(request, Array.isArray(outputs) ? outputs : [outputs], options);
    const cut = options.faultAfterEvents;
    const sent = cut === undefined ? events : events.slice(0, cut);
    const steps: RealtimeStep[] = [];
    for (const event of sent) {
      if (options.delayMs && steps.length > 0) steps.push({ delayMs: options.delayMs });
      steps.push(event);
    }
    if (cut !== undefined) steps.push(faultStep(options.fault ?? 'stall'));
    return steps;
  };
}

function faultStep(fault: NonNullable<RealtimeResponseOptions['fault']>): RealtimeStep {
  if (fault === 'stall') return { stall: true };
  if (fault === 'destroy') return { destroy: true };
  return fault;
}

function responseEvents(
  request: RecordedRealtimeEvent,
  outputs: RealtimeOutput[],
  options: RealtimeResponseOptions,
): RealtimeServerEventStep[] {
  const params = (request.response ?? {}) as Record<string, unknown>;
  const responseId = realtimeId('resp');
  const base = {
    id: responseId,
    object: 'realtime.response',
    conversation_id: params.conversation === 'none' ? null : 'conv_test',
    output_modalities: params.output_modalities ?? ['audio'],
    metadata: params.metadata ?? null,
  };
  const events: RealtimeServerEventStep[] = [
    event('response.created', { response: { ...base, status: 'in_progress', output: [] } }),
  ];
  const items: Record<string, unknown>[] = [];
  let previousItemId: string | null = null;
  for (const [outputIndex, output] of outputs.entries()) {
    const item = outputItem(output);
    const at = { response_id: responseId, output_index: outputIndex };
    const itemId = item.id as string;
    events.push(event('response.output_item.added', { ...at, item: { ...item, status: 'in_progress' } }));
    events.push(event('conversation.item.added', { previous_item_id: previousItemId, item }));
    const part = { ...at, item_id: itemId, content_index: 0 };
    if ('text' in output) {
      events.push(event('response.content_part.added', { ...part, part: { type: 'text', text: '' } }));
      for (const delta of pieces(output.text, options.textChunk ?? 8)) {
        events.push(event('response.output_text.delta', { ...part, delta }));
      }
      events.push(event('response.output_text.done', { ...part, text: output.text }));
      events.push(event('response.content_part.done', { ...part, part: { type: 'text', text: output.text } }));
    } else if ('audio' in output) {
      const transcript = output.transcript ?? '';
      events.push(event('response.content_part.added', { ...part, part: { type: 'audio', transcript: '' } }));
      const audioChunk = options.audioChunk ?? 4800;
      for (let offset = 0; offset < output.audio.byteLength; offset += audioChunk) {
        const bytes = output.audio.subarray(offset, offset + audioChunk);
        events.push(event('response.output_audio.delta', { ...part, delta: Buffer.from(bytes).toString('base64') }));
      }
      for (const delta of pieces(transcript, options.textChunk ?? 8)) {
        events.push(event('response.output_audio_transcript.delta', { ...part, delta }));
      }
      events.push(event('response.output_audio.done', part));
      events.push(event('response.output_audio_transcript.done', { ...part, transcript }));
      events.push(event('response.content_part.done', { ...part, part: { type: 'audio', transcript } }));
    } else {
      const { call_id, name, arguments: args } = item as { call_id: string; name: string; arguments: string };
      const call = { ...at, item_id: itemId, call_id };
      for (const delta of pieces(args, options.textChunk ?? 8)) {
        events.push(event('response.function_call_arguments.delta', { ...call, delta }));
      }
      events.push(event('response.function_call_arguments.done', { ...call, name, arguments: args }));
    }
    events.push(event('response.output_item.done', { ...at, item }));
    events.push(event('conversation.item.done', { previous_item_id: previousItemId, item }));
    items.push(item);
    previousItemId = itemId;
  }
  const status = options.status ?? 'completed';
  const details =
    status === 'completed'
      ? null
      : { type: status, ...(options.error ? { error: options.error } : {}), reason: reasonOf(status) };
  events.push(
    event('response.done', {
      response: {
        ...base,
        status,
        status_details: details,
        output: items,
        usage: { total_tokens: 20, input_tokens: 10, output_tokens: 10 },
      },
    }),
  );
  return events;
}

function outputItem(output: RealtimeOutput): Record<string, unknown> {
  const common = { object: 'realtime.item', status: 'completed' };
  if ('functionCall' in output) {
    const { name, callId } = output.functionCall;
    const args = output.functionCall.arguments;
    return {
      id: realtimeId('item'),
      ...common,
      type: 'function_call',
      call_id: callId ?? realtimeId('call'),
      name,
      arguments: typeof args === 'string' ? args : JSON.stringify(args),
    };
  }
  const content =
    'text' in output
      ? [{ type: 'output_text', text: output.text }]
      : [{ type: 'output_audio', transcript: output.transcript ?? '' }];
  return { id: realtimeId('item'), ...common, type: 'message', role: 'assistant', content };
}

function reasonOf(status: string): string | undefined {
  if (status === 'cancelled') return 'client_cancelled';
  if (status === 'incomplete') return 'max_output_tokens';
  return undefined;
}

function pieces(text: string, size: number): string[] {
  const parts: string[] = [];
  for (let offset = 0; offset < text.length; offset += size) parts.push(text.slice(offset, offset + size));
  return parts;
}

/** A server event with a fresh `event_id`. */
export function event(type: string, fields: Record<string, unknown> = {}): RealtimeServerEventStep {
  return { type, event_id: realtimeId('event'), ...fields };
}
