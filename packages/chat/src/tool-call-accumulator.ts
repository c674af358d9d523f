import { isRecord } from '@org/core/internal';
import type { ChatCompletionStreamEvent } from './chat-completion-stream-event.js';
import type { ChatCompletionMessageToolCall } from './generated/types.js';
import type { Json } from './merge-fields.js';

/**
 * Assembles one choice's tool calls from their fragments. Servers disagree on `index`: some reuse 0 for every call,
 * some leave it out. So a fragment with an `id` belongs to that call; one with an `index` but no `id` continues the
 * call last seen at that index; one with neither continues the latest call.
 */
export class ToolCallAccumulator {
  readonly calls: ChatCompletionMessageToolCall[] = [];
  readonly #byIndex = new Map<number, ChatCompletionMessageToolCall>();
  readonly #byId = new Map<string, ChatCompletionMessageToolCall>();

  add(fragments: unknown[], choiceIndex: number, events: ChatCompletionStreamEvent[]): void {
    for (const fragment of fragments) {
      if (!isRecord(fragment)) continue;
      const call = this.#route(fragment);
      const fn = isRecord(fragment.function) ? fragment.function : {};
      // Some servers repeat the name in every fragment: the first one is kept, not concatenated.
      if (typeof fn.name === 'string' && !call.function.name) call.function.name = fn.name;
      if (typeof fn.arguments !== 'string' || fn.arguments === '') continue;
      call.function.arguments += fn.arguments;
      events.push({
        type: 'tool_call.arguments.delta',
        choiceIndex,
        index: this.calls.indexOf(call),
        id: call.id,
        name: call.function.name,
        delta: fn.arguments,
        snapshot: call.function.arguments,
      });
    }
  }

  done(choiceIndex: number, events: ChatCompletionStreamEvent[]): void {
    for (const [index, { id, function: fn }] of this.calls.entries()) {
      events.push({ type: 'tool_call.arguments.done', choiceIndex, index, id, name: fn.name, arguments: fn.arguments });
    }
  }

  #route(fragment: Json): ChatCompletionMessageToolCall {
    const id = typeof fragment.id === 'string' && fragment.id !== '' ? fragment.id : undefined;
    const index = typeof fragment.index === 'number' ? fragment.index : undefined;
    const atIndex = index === undefined ? undefined : this.#byIndex.get(index);
    let call = id === undefined ? (index === undefined ? this.calls.at(-1) : atIndex) : this.#byId.get(id);
    // An id that arrives after the call's first fragment names that call rather than starting another.
    if (!call && id !== undefined && atIndex?.id === '') call = atIndex;
    if (!call) {
      call = { id: '', type: 'function', function: { name: '', arguments: '' } };
      this.calls.push(call);
    }
    if (id !== undefined && call.id === '') {
      call.id = id;
      this.#byId.set(id, call);
    }
    if (index !== undefined) this.#byIndex.set(index, call);
    return call;
  }
}
