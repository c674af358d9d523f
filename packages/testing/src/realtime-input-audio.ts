import { realtimeId } from './realtime-id.js';
import { event } from './realtime-response.js';
import type { RealtimeStep } from './realtime-step.js';

/**
 * A reply to `input_audio_buffer.commit`: `input_audio_buffer.committed` and the user item it became, followed by
 * its transcription (`conversation.item.input_audio_transcription.completed`) when `transcript` is given. Without a
 * script, a commit gets this reply with no transcript.
 */
export function realtimeInputAudio(options: { transcript?: string } = {}): () => RealtimeStep[] {
  return () => {
    const itemId = realtimeId('item');
    const item = {
      id: itemId,
      object: 'realtime.item',
      type: 'message',
      status: 'completed',
      role: 'user',
      content: [{ type: 'input_audio', transcript: null }],
    };
    const events = [
      event('input_audio_buffer.committed', { previous_item_id: null, item_id: itemId }),
      event('conversation.item.added', { previous_item_id: null, item }),
      event('conversation.item.done', { previous_item_id: null, item }),
    ];
    if (options.transcript !== undefined) {
      events.push(
        event('conversation.item.input_audio_transcription.completed', {
          item_id: itemId,
          content_index: 0,
          transcript: options.transcript,
          usage: { type: 'duration', seconds: 1 },
        }),
      );
    }
    return events;
  };
}
