import { isRecord } from '@org/core/internal';
import type { ChatCompletionStreamEvent, StreamedChatCompletion } from './chat-completion-stream-event.js';
import { ChoiceAccumulator } from './choice-accumulator.js';
import { copyFields } from './merge-fields.js';

// `obfuscation` is random padding that differs in every chunk.
const CHUNK_RULES = new Set(['choices', 'object', 'obfuscation']);

/**
 * Assembles a chat completion from its stream chunks, whatever a compatible server sends: chunks with no choices
 * (Azure's content filter results, the final usage chunk), choices without a delta, fields of unexpected types.
 * It never throws on a chunk.
 */
export class ChatCompletionAccumulator {
  readonly completion: StreamedChatCompletion = {
    id: '',
    object: 'chat.completion',
    created: 0,
    model: '',
    choices: [],
  };
  readonly #choices = new Map<number, ChoiceAccumulator>();

  /** Folds `chunk` into `completion` and pushes the events it causes. */
  add(chunk: unknown, events: ChatCompletionStreamEvent[]): void {
    if (!isRecord(chunk)) return;
    copyFields(this.completion, chunk, CHUNK_RULES);
    if (!Array.isArray(chunk.choices)) return;
    for (const raw of chunk.choices) {
      if (!isRecord(raw)) continue;
      const index = typeof raw.index === 'number' ? raw.index : 0;
      let choice = this.#choices.get(index);
      if (!choice) {
        choice = new ChoiceAccumulator(index);
        this.#choices.set(index, choice);
        this.completion.choices.push(choice.choice);
        this.completion.choices.sort((a, b) => a.index - b.index);
      }
      choice.add(raw, events);
    }
  }

  /** The stream is over: pushes the `done` events of choices that never got a `finish_reason`. */
  end(events: ChatCompletionStreamEvent[]): StreamedChatCompletion {
    for (const choice of this.#choices.values()) choice.finish(events);
    return this.completion;
  }
}
