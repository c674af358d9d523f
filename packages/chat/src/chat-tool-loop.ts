import { runToolCalls, type ToolCall, toolRunStopReason } from '@org/core/internal';
import type { ChatToolRunBody, ChatToolRunResult, ChatToolStep, ToolLoopCompletion } from './chat-tool-run.js';
import type {
  ChatCompletionRequestAssistantMessage,
  ChatCompletionRequestMessage,
  ChatCompletionResponseMessage,
  CreateChatCompletionRequest,
} from './generated/types.js';
import { toChatTools } from './to-chat-tools.js';

export interface ChatToolLoopSettings<Item, C extends ToolLoopCompletion> {
  maxSteps: number;
  onStep: ((step: ChatToolStep<C>) => void | Promise<void>) | undefined;
  /** Calls the model, which the caller may stream, as `yield*`: yields what the call yields, returns the completion. */
  callModel: (request: Omit<CreateChatCompletionRequest, 'stream'>, index: number) => AsyncGenerator<Item, C>;
  /** What a finished step is yielded as. */
  toItem: (step: ChatToolStep<C>) => Item;
}

/** The loop shared by `runChatTools` and `streamChatTools`: call the model, run its tools in parallel, repeat. */
export async function* chatToolLoop<Item, C extends ToolLoopCompletion>(
  body: ChatToolRunBody,
  settings: ChatToolLoopSettings<Item, C>,
  signal: AbortSignal,
  settle: (result: ChatToolRunResult<C>) => void,
): AsyncGenerator<Item, ChatToolRunResult<C>> {
  const { tools, ...request } = body;
  const chatTools = toChatTools(tools);
  const messages: ChatCompletionRequestMessage[] = [...body.messages];
  const steps: ChatToolStep<C>[] = [];
  for (let index = 0; ; index++) {
    const completion = yield* settings.callModel({ ...request, messages: [...messages], tools: chatTools }, index);
    const message = completion.choices[0]?.message;
    const calls = message?.tool_calls?.map(toToolCall) ?? [];
    if (message) messages.push(toRequestMessage(message));
    const toolResults = calls.length > 0 ? await runToolCalls(tools, calls, signal) : [];
    for (const { call, output } of toolResults) messages.push({ role: 'tool', tool_call_id: call.id, content: output });
    const step = { index, completion, toolResults };
    steps.push(step);
    await settings.onStep?.(step);
    const stopReason = toolRunStopReason(calls.length, index, settings.maxSteps);
    if (stopReason) {
      const result = { completion, messages, steps, stopReason };
      settle(result);
      yield settings.toItem(step);
      return result;
    }
    yield settings.toItem(step);
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
