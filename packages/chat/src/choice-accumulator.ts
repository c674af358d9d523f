import { isRecord } from '@org/core/internal';
import type { ChatCompletionStreamEvent, StreamedChatCompletionChoice } from './chat-completion-stream-event.js';
import type { ChatCompletionTokenLogprob } from './generated/types.js';
import { copyFields, type Json, mergeFields } from './merge-fields.js';
import { ToolCallAccumulator } from './tool-call-accumulator.js';

const CHOICE_RULES = new Set(['index', 'delta', 'logprobs', 'finish_reason', 'message']);
const DELTA_RULES = new Set(['role', 'content', 'refusal', 'tool_calls']);

/** Assembles one choice from its deltas; tolerates a missing `delta`, a missing role and fields of any odd type. */
export class ChoiceAccumulator {
  readonly choice: StreamedChatCompletionChoice;
  readonly #toolCalls = new ToolCallAccumulator();
  #done = false;

  constructor(index: number) {
    this.choice = {
      index,
      message: { role: 'assistant', content: null, refusal: null },
      finish_reason: null,
      logprobs: null,
    };
  }

  add(raw: Json, events: ChatCompletionStreamEvent[]): void {
    const { index: choiceIndex, message } = this.choice;
    copyFields(this.choice, raw, CHOICE_RULES);
    const delta = isRecord(raw.delta) ? raw.delta : {};
    if (typeof delta.content === 'string') {
      message.content = (message.content ?? '') + delta.content;
      if (delta.content)
        events.push({ type: 'content.delta', choiceIndex, delta: delta.content, snapshot: message.content });
    }
    if (typeof delta.refusal === 'string') {
      message.refusal = (message.refusal ?? '') + delta.refusal;
      if (delta.refusal)
        events.push({ type: 'refusal.delta', choiceIndex, delta: delta.refusal, snapshot: message.refusal });
    }
    if (Array.isArray(delta.tool_calls)) {
      this.#toolCalls.add(delta.tool_calls, choiceIndex, events);
      if (this.#toolCalls.calls.length > 0) message.tool_calls = this.#toolCalls.calls;
    }
    mergeFields(message as unknown as Json, delta, DELTA_RULES);
    if (isRecord(raw.logprobs)) {
      this.#addLogprobs(raw.logprobs.content, 'content', events);
      this.#addLogprobs(raw.logprobs.refusal, 'refusal', events);
    }
    if (typeof raw.finish_reason === 'string') {
      this.choice.finish_reason = raw.finish_reason as StreamedChatCompletionChoice['finish_reason'];
      this.finish(events);
    }
  }

  /** Emits the `done` events, once: at the choice's `finish_reason`, or at the end of the stream. */
  finish(events: ChatCompletionStreamEvent[]): void {
    if (this.#done) return;
    this.#done = true;
    const { index: choiceIndex, message, logprobs } = this.choice;
    if (message.content) events.push({ type: 'content.done', choiceIndex, content: message.content });
    if (message.refusal) events.push({ type: 'refusal.done', choiceIndex, refusal: message.refusal });
    this.#toolCalls.done(choiceIndex, events);
    if (logprobs?.content?.length)
      events.push({ type: 'logprobs.content.done', choiceIndex, content: logprobs.content });
    if (logprobs?.refusal?.length)
      events.push({ type: 'logprobs.refusal.done', choiceIndex, refusal: logprobs.refusal });
  }

  #addLogprobs(tokens: unknown, kind: 'content' | 'refusal', events: ChatCompletionStreamEvent[]): void {
    if (!Array.isArray(tokens) || tokens.length === 0) return;
    const logprobs = this.choice.logprobs ?? { content: null, refusal: null };
    this.choice.logprobs = logprobs;
    const snapshot: ChatCompletionTokenLogprob[] = logprobs[kind] ?? [];
    logprobs[kind] = snapshot;
    snapshot.push(...(tokens as ChatCompletionTokenLogprob[]));
    const choiceIndex = this.choice.index;
    events.push({ type: `logprobs.${kind}.delta`, choiceIndex, delta: tokens, snapshot });
  }
}
