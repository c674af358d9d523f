import type {
  ChatCompletionTokenLogprob,
  CreateChatCompletionResponse,
  CreateChatCompletionStreamResponse,
} from './generated/types.js';

type Choice = CreateChatCompletionResponse['choices'][number];

/** A choice assembled from a stream; `finish_reason` stays null when the server never sent one. */
export type StreamedChatCompletionChoice = Omit<Choice, 'finish_reason'> & {
  finish_reason: Choice['finish_reason'] | null;
};

/** A completion assembled from its chunks, shaped like the non-streamed one. */
export type StreamedChatCompletion = Omit<CreateChatCompletionResponse, 'choices'> & {
  choices: StreamedChatCompletionChoice[];
};

interface ChoiceEvent {
  /** The `index` of the choice (0 unless the request asked for `n` > 1). */
  choiceIndex: number;
}

interface ToolCallEvent extends ChoiceEvent {
  /** The call's position in the assembled `message.tool_calls` (not the server's possibly reused `index`). */
  index: number;
  id: string;
  name: string;
}

/**
 * What `ChatCompletionStream` yields. For each chunk: the delta events it causes, then `chunk` itself. The `done`
 * events of a choice follow its `finish_reason` (or the end of the stream when the server never sent one). Text
 * snapshots are strings; logprobs snapshots are the live arrays being assembled.
 */
export type ChatCompletionStreamEvent =
  | ({ type: 'content.delta'; delta: string; snapshot: string } & ChoiceEvent)
  | ({ type: 'content.done'; content: string } & ChoiceEvent)
  | ({ type: 'refusal.delta'; delta: string; snapshot: string } & ChoiceEvent)
  | ({ type: 'refusal.done'; refusal: string } & ChoiceEvent)
  | ({ type: 'tool_call.arguments.delta'; delta: string; snapshot: string } & ToolCallEvent)
  | ({ type: 'tool_call.arguments.done'; arguments: string } & ToolCallEvent)
  | ({
      type: 'logprobs.content.delta';
      delta: ChatCompletionTokenLogprob[];
      snapshot: ChatCompletionTokenLogprob[];
    } & ChoiceEvent)
  | ({ type: 'logprobs.content.done'; content: ChatCompletionTokenLogprob[] } & ChoiceEvent)
  | ({
      type: 'logprobs.refusal.delta';
      delta: ChatCompletionTokenLogprob[];
      snapshot: ChatCompletionTokenLogprob[];
    } & ChoiceEvent)
  | ({ type: 'logprobs.refusal.done'; refusal: ChatCompletionTokenLogprob[] } & ChoiceEvent)
  /** The chunk as received; `snapshot` is the completion assembled so far (a live object: copy it to keep it). */
  | { type: 'chunk'; chunk: CreateChatCompletionStreamResponse; snapshot: StreamedChatCompletion };
