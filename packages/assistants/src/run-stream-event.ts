import type {
  AssistantStreamEvent,
  MessageContentTextObject,
  MessageDeltaContentTextObject,
  RunStepDeltaStepDetailsToolCallsObject,
  RunStepDetailsToolCallsObject,
} from './generated/types.js';

/** A tool call of a run step, as assembled from its deltas. */
export type RunStepToolCall = RunStepDetailsToolCallsObject['tool_calls'][number];

/** One fragment of a tool call, as a `thread.run.step.delta` brings it. */
export type RunStepToolCallDelta = NonNullable<RunStepDeltaStepDetailsToolCallsObject['tool_calls']>[number];

/** Text arrived in a message's text part. */
export interface RunTextDeltaEvent {
  event: 'text.delta';
  messageId: string;
  /** The part's position in the message's `content`. */
  index: number;
  delta: string;
  /** The part's text so far. */
  snapshot: string;
  /** The delta's annotations, when it brought some. */
  annotations: NonNullable<NonNullable<MessageDeltaContentTextObject['text']>['annotations']>;
}

/** A text part is whole: its message completed, another part began, or the run stopped. */
export interface RunTextDoneEvent {
  event: 'text.done';
  messageId: string;
  index: number;
  text: MessageContentTextObject['text'];
}

/** A fragment of a tool call (a function's arguments, a code interpreter's input or outputs) arrived. */
export interface RunToolCallDeltaEvent {
  event: 'tool_call.delta';
  stepId: string;
  /** The call's position in its step's `tool_calls`. */
  index: number;
  delta: RunStepToolCallDelta;
  /** The call so far. */
  snapshot: RunStepToolCall;
}

/** A tool call is whole: its step ended, another call began, or the run stopped (to ask for its output, say). */
export interface RunToolCallDoneEvent {
  event: 'tool_call.done';
  stepId: string;
  index: number;
  toolCall: RunStepToolCall;
}

/**
 * What a `RunStream` yields: every event the API sends, as sent (`{ event, data }`, narrow on `event`), each followed
 * by the events this stream derives from it.
 */
export type RunStreamEvent =
  | Exclude<AssistantStreamEvent, { event: 'done' | 'error' }>
  | RunTextDeltaEvent
  | RunTextDoneEvent
  | RunToolCallDeltaEvent
  | RunToolCallDoneEvent;
