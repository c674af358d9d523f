import { base64ToBytes } from './base64.js';
import type { RealtimeConversationItem, RealtimeResponse, RealtimeServerEvent } from './generated/types.js';
import type { RealtimeFunctionCall, RealtimeResponseOutput } from './realtime-turn-result.js';

interface Part {
  text: string;
  transcript: string;
}

/**
 * Builds one response's output from its events: text and transcript per content part (deltas appended, the `.done`
 * text taking over), audio deltas in order, function calls. Audio stays base64 until the end.
 */
export class ResponseAssembly {
  readonly #parts = new Map<string, Part>();
  readonly #audio: string[] = [];
  readonly #calls = new Map<string, RealtimeFunctionCall>();
  #last: { itemId: string; contentIndex: number; part: Part } | undefined;

  accept(event: RealtimeServerEvent): void {
    const type = event.type;
    if (type === 'response.output_text.delta' || type === 'response.output_audio_transcript.delta') {
      this.#part(event)[type === 'response.output_text.delta' ? 'text' : 'transcript'] += event.delta;
    } else if (type === 'response.output_text.done') this.#part(event).text = event.text;
    else if (type === 'response.output_audio_transcript.done') this.#part(event).transcript = event.transcript;
    else if (type === 'response.output_audio.delta') this.#audio.push(event.delta);
    else if (type === 'response.function_call_arguments.done') {
      const { item_id: itemId, call_id: callId, name } = event;
      this.#calls.set(itemId, { callId, name, arguments: event.arguments, itemId });
    }
  }

  /** The text so far. */
  get text(): string {
    return this.#joined('text');
  }

  /** The audio transcript so far. */
  get transcript(): string {
    return this.#joined('transcript');
  }

  /** The output, once `response.done` has given the response; calls it lists that no event told of are added. */
  finish(response: RealtimeResponse): RealtimeResponseOutput {
    for (const item of response.output ?? []) addCall(this.#calls, item);
    const chunks = this.#audio.map(base64ToBytes);
    const audio = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.byteLength, 0));
    let offset = 0;
    for (const chunk of chunks) {
      audio.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return {
      response,
      status: response.status ?? 'completed',
      text: this.text,
      transcript: this.transcript,
      audio,
      functionCalls: [...this.#calls.values()],
    };
  }

  #joined(field: keyof Part): string {
    let joined = '';
    for (const part of this.#parts.values()) joined += part[field];
    return joined;
  }

  #part(event: { item_id: string; content_index: number }): Part {
    // Deltas come in runs of one part: the last one is looked up only when the run changes.
    const last = this.#last;
    if (last && last.itemId === event.item_id && last.contentIndex === event.content_index) return last.part;
    const key = `${event.item_id}\n${event.content_index}`;
    let part = this.#parts.get(key);
    if (!part) {
      part = { text: '', transcript: '' };
      this.#parts.set(key, part);
    }
    this.#last = { itemId: event.item_id, contentIndex: event.content_index, part };
    return part;
  }
}

function addCall(calls: Map<string, RealtimeFunctionCall>, item: RealtimeConversationItem): void {
  if (item.type !== 'function_call' || !item.id || calls.has(item.id)) return;
  calls.set(item.id, { callId: item.call_id ?? '', name: item.name, arguments: item.arguments, itemId: item.id });
}
