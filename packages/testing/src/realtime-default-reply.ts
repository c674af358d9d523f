import { realtimeId } from './realtime-id.js';
import { realtimeInputAudio } from './realtime-input-audio.js';
import { event } from './realtime-response.js';
import type { RealtimeServerEventStep, RealtimeStep } from './realtime-step.js';
import type { RecordedRealtimeConnection, RecordedRealtimeEvent } from './recorded-realtime-connection.js';

/**
 * What the endpoint answers to a client event nobody scripted, as the API would: acknowledgements for session
 * updates, items and audio buffers. Undefined for an event it cannot answer by itself (`response.create`, a type it
 * does not know), which then gets an `error` event.
 */
export function defaultRealtimeReply(
  request: RecordedRealtimeEvent,
  connection: RecordedRealtimeConnection,
): RealtimeStep[] | Promise<RealtimeStep[]> | undefined {
  switch (request.type) {
    case 'session.update':
      return [event('session.updated', { session: connection.session })];
    case 'conversation.item.create': {
      const given = (request.item ?? {}) as Record<string, unknown>;
      const item = { object: 'realtime.item', status: 'completed', ...given, id: given.id ?? realtimeId('item') };
      const previous = { previous_item_id: request.previous_item_id ?? null };
      return [
        event('conversation.item.added', { ...previous, item }),
        event('conversation.item.done', { ...previous, item }),
      ];
    }
    case 'conversation.item.delete':
      return [event('conversation.item.deleted', { item_id: request.item_id })];
    case 'conversation.item.truncate':
      return [
        event('conversation.item.truncated', {
          item_id: request.item_id,
          content_index: request.content_index,
          audio_end_ms: request.audio_end_ms,
        }),
      ];
    case 'input_audio_buffer.append':
      return [];
    case 'input_audio_buffer.commit':
      return realtimeInputAudio()();
    case 'input_audio_buffer.clear':
      return [event('input_audio_buffer.cleared')];
    case 'output_audio_buffer.clear':
      return [event('output_audio_buffer.cleared', { response_id: null })];
    default:
      return undefined;
  }
}

/** The `session.created` a connection gets by default: its session as `connection.session` holds it. */
export function sessionCreated(connection: RecordedRealtimeConnection): RealtimeServerEventStep {
  return event('session.created', { session: connection.session });
}
