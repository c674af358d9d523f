import { InvalidInputError, runToolCalls, type ToolCall } from '@org/core';
import type { ChatToolRunBody, ChatToolRunResult, ChatToolStep, ToolLoopCompletion } from './chat-tool-run.js';
import type {
  ChatCompletionRequestAssistantMessage,
  ChatCompletionRequestMessage,
  ChatCompletionResponseMessage,
  CreateChatCompletionRequest,
} from './generated/types.js';
import { toChatTools } from './to-chat-tools.js';

/** Calls the model, which the caller may stream, as `yield*`: yields what the call yields, returns the completion. */
export type ModelCall<Item, C> = (
  request: Omit<CreateChatCompletionRequest, 'stream'>,
  index: number,
) => AsyncGenerator<Item, C>;

export function checkMaxSteps(maxSteps = 10): number {
  if (!Number.isInteger(maxSteps) || maxSteps < 1) throw new InvalidInputError('maxSteps', 'must be an integer >= 1');
  return maxSteps;
}

/** The loop shared by `runChatTools` and `streamChatTools`: call the model, run its tools in parallel, repeat. */
export async function* chatToolLoop<Item, C extends ToolLoopCompletion>(
  body: ChatToolRunBody,
  maxSteps: number,
  signal: AbortSignal,
  callModel: ModelCall<Item, C>,
  onStep: (step: ChatToolStep<C>) => Item,
): AsyncGenerator<Item, ChatToolRunResult<C>> {
  const { tools, ...request } = body;
  const chatTools = toChatTools(tools);
  const messages: ChatCompletionRequestMessage[] = [...body.messages];
  const steps: ChatToolStep<C>[] = [];
  for (let index = 0; ; index++) {
    const completion = yield* callModel({ ...request, messages: [...messages], tools: chatTools }, index);
    const message = completion.choices[0]?.message;
    const calls = message?.tool_calls?.map(toToolCall) ?? [];
    if (message) messages.push(toRequestMessage(message));
    const toolResults = calls.length > 0 ? await runToolCalls(tools, calls, signal) : [];
    for (const { call, output } of toolResults) messages.push({ role: 'tool', tool_call_id: call.id, content: output });
    const step = { index, completion, toolResults };
    steps.push(step);
    yield onStep(step);
    if (calls.length === 0) return { completion, messages, steps, stopReason: 'final_answer' };
    if (index + 1 >= maxSteps) return { completion, messages, steps, stopReason: 'max_steps' };
  }
}

function toToolCall(call: NonNullable<ChatCompletionResponseMessage['tool_calls']>[number]): ToolCall {
  return call.type === 'custom'
    ? { id: call.id, name: call.custom.name, arguments: call.custom.input }
    : { id: call.id, name: call.function.name, arguments: call.function.arguments };
}

/** The assistant message to send back: only the fields a request takes. */
function toRequestMessage({
  content,
  refusal,
  tool_calls,
}: ChatCompletionResponseMessage): ChatCompletionRequestMessage {
  const message: ChatCompletionRequestAssistantMessage = { role: 'assistant', content };
  if (refusal) message.refusal = refusal;
  if (tool_calls?.length) message.tool_calls = tool_calls;
  return message;
}
