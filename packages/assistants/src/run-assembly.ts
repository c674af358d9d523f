import type {
  MessageDeltaObject,
  MessageObject,
  RunObject,
  RunStepDeltaObject,
  RunStepObject,
} from './generated/types.js';
import { mergeDelta } from './merge-delta.js';
import type { RunStepToolCall, RunStreamEvent } from './run-stream-event.js';

/** The events the API sends on a run stream (its `error` and `done` never reach here). */
export type RunApiEvent = Extract<RunStreamEvent, { data: unknown }>;

/** What an event of the API builds: the message, run step or run it is about. */
export type RunSnapshot = MessageObject | RunStepObject | RunObject;

/** Statuses in which a run streams on. */
const goingStatuses: ReadonlySet<string> = /* @__PURE__ */ new Set(['queued', 'in_progress', 'cancelling']);

interface Place {
  id: string;
  index: number;
}

type MessageDeltaPart = NonNullable<MessageDeltaObject['delta']['content']>[number];
type StepDeltaDetails = NonNullable<RunStepDeltaObject['delta']['step_details']>;

/** Whether an event is one of the run's own (`thread.run.completed`, …), whose data is the run. */
export function isRunEvent(event: RunApiEvent): event is Extract<RunApiEvent, { data: RunObject }> {
  return event.event.startsWith('thread.run.') && !event.event.startsWith('thread.run.step.');
}

function isAt(place: Place | undefined, id: string, index: number): boolean {
  return place !== undefined && place.id === id && place.index === index;
}

/**
 * Assembles a run stream's events: the run as last sent, each message and run step as its deltas build it, and the
 * derived `text.*` and `tool_call.*` events. Snapshots are copies: events handed to the consumer are never changed.
 */
export class RunAssembly {
  run: RunObject | undefined;
  readonly #messages = new Map<string, MessageObject>();
  readonly #steps = new Map<string, RunStepObject>();
  #openText: Place | undefined;
  #openToolCall: Place | undefined;

  /** The messages the stream created, in order, as assembled so far. */
  get messages(): MessageObject[] {
    return [...this.#messages.values()];
  }

  /** The run steps the stream created, in order, as assembled so far. */
  get runSteps(): RunStepObject[] {
    return [...this.#steps.values()];
  }

  /**
   * Takes one event in, pushes onto `derived` the events it completes, and returns what it built: the message, run
   * step or run the event is about, as assembled so far (nothing for `thread.created` and events the API adds later).
   */
  add(event: RunApiEvent, derived: RunStreamEvent[]): RunSnapshot | undefined {
    switch (event.event) {
      case 'thread.created':
        return undefined;
      case 'thread.message.created':
      case 'thread.message.in_progress':
        return this.#keep(this.#messages, event.data);
      case 'thread.message.delta':
        return this.#messageDelta(event.data.id, event.data.delta.content ?? [], derived);
      case 'thread.message.completed':
      case 'thread.message.incomplete': {
        const message = this.#keep(this.#messages, event.data);
        this.#closeText(derived, event.data.id);
        return message;
      }
      case 'thread.run.step.created':
      case 'thread.run.step.in_progress':
        return this.#keep(this.#steps, event.data);
      case 'thread.run.step.delta':
        return this.#stepDelta(event.data.id, event.data.delta.step_details, derived);
      case 'thread.run.step.completed':
      case 'thread.run.step.failed':
      case 'thread.run.step.cancelled':
      case 'thread.run.step.expired': {
        const step = this.#keep(this.#steps, event.data);
        this.#closeToolCall(derived, event.data.id);
        return step;
      }
      default:
        // An event the API adds later passes through untouched.
        if (!isRunEvent(event)) return undefined;
        this.run = event.data;
        if (!goingStatuses.has(event.data.status)) this.end(derived);
        return event.data;
    }
  }

  /** Whatever text part or tool call is still open is done: the run stopped, or the stream ended. */
  end(derived: RunStreamEvent[]): void {
    this.#closeText(derived);
    this.#closeToolCall(derived);
  }

  /** A copy of `data` as the snapshot of its id: the events handed out stay as they came. */
  #keep<T extends { id: string }>(snapshots: Map<string, T>, data: T): T {
    const snapshot = structuredClone(data);
    snapshots.set(data.id, snapshot);
    return snapshot;
  }

  #messageDelta(id: string, parts: MessageDeltaPart[], derived: RunStreamEvent[]): MessageObject {
    const message = this.#messages.get(id) ?? this.#emptyMessage(id);
    for (const part of parts) {
      const { index } = part;
      if (part.type === 'text' && !isAt(this.#openText, id, index)) {
        this.#closeText(derived);
        this.#openText = { id, index };
      }
      mergeDelta(message as unknown as Record<string, unknown>, { content: [part] });
      const assembled = message.content[index];
      if (part.type === 'text' && part.text && assembled?.type === 'text') {
        derived.push({
          event: 'text.delta',
          messageId: id,
          index,
          delta: part.text.value ?? '',
          snapshot: assembled.text.value,
          annotations: part.text.annotations ?? [],
        });
      }
    }
    return message;
  }

  #stepDelta(id: string, details: StepDeltaDetails | undefined, derived: RunStreamEvent[]): RunStepObject {
    const step = this.#steps.get(id) ?? this.#emptyStep(id);
    if (!details) return step;
    if (details.type !== 'tool_calls') {
      mergeDelta(step as unknown as Record<string, unknown>, { step_details: details });
      return step;
    }
    if (step.step_details.type !== 'tool_calls') step.step_details = { type: 'tool_calls', tool_calls: [] };
    const snapshots = step.step_details;
    for (const call of details.tool_calls ?? []) {
      const { index } = call;
      if (!isAt(this.#openToolCall, id, index)) {
        this.#closeToolCall(derived);
        this.#openToolCall = { id, index };
      }
      mergeDelta(snapshots as unknown as Record<string, unknown>, { tool_calls: [call] });
      const snapshot = snapshots.tool_calls[index];
      if (snapshot) derived.push({ event: 'tool_call.delta', stepId: id, index, delta: call, snapshot });
    }
    return step;
  }

  #closeText(derived: RunStreamEvent[], onlyOf?: string): void {
    const place = this.#openText;
    if (!place || (onlyOf !== undefined && place.id !== onlyOf)) return;
    this.#openText = undefined;
    const part = this.#messages.get(place.id)?.content[place.index];
    if (part?.type === 'text')
      derived.push({ event: 'text.done', messageId: place.id, index: place.index, text: part.text });
  }

  #closeToolCall(derived: RunStreamEvent[], onlyOf?: string): void {
    const place = this.#openToolCall;
    if (!place || (onlyOf !== undefined && place.id !== onlyOf)) return;
    this.#openToolCall = undefined;
    const step = this.#steps.get(place.id);
    const toolCall = step && this.#toolCall(step, place.index);
    if (toolCall) derived.push({ event: 'tool_call.done', stepId: place.id, index: place.index, toolCall });
  }

  #toolCall(step: RunStepObject, index: number): RunStepToolCall | undefined {
    return step.step_details.type === 'tool_calls' ? step.step_details.tool_calls[index] : undefined;
  }

  /** A message whose deltas came before its `created` event, as a tolerant server may send them. */
  #emptyMessage(id: string): MessageObject {
    const message: MessageObject = {
      id,
      object: 'thread.message',
      created_at: 0,
      thread_id: this.run?.thread_id ?? '',
      status: 'in_progress',
      incomplete_details: null,
      completed_at: null,
      incomplete_at: null,
      role: 'assistant',
      content: [],
      assistant_id: this.run?.assistant_id ?? null,
      run_id: this.run?.id ?? null,
      attachments: null,
      metadata: null,
    };
    this.#messages.set(id, message);
    return message;
  }

  /** A run step whose deltas came before its `created` event. */
  #emptyStep(id: string): RunStepObject {
    const step: RunStepObject = {
      id,
      object: 'thread.run.step',
      created_at: 0,
      assistant_id: this.run?.assistant_id ?? '',
      thread_id: this.run?.thread_id ?? '',
      run_id: this.run?.id ?? '',
      type: 'tool_calls',
      status: 'in_progress',
      step_details: { type: 'tool_calls', tool_calls: [] },
      last_error: null,
      expired_at: null,
      cancelled_at: null,
      failed_at: null,
      completed_at: null,
      metadata: null,
      usage: null,
    };
    this.#steps.set(id, step);
    return step;
  }
}
