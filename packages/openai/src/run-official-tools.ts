import {
  type ChatCompletionMessageToolCall,
  type ChatToolRunBody,
  type ChatToolRunOptions,
  type ChatToolRunResult,
  type ChatToolStep,
  type CompletionUsage,
  type CreateChatCompletionResponse,
  runChatTools,
  type ToolLoopCompletion,
} from '@org/chat';
import { type Client, type FunctionTool, InvalidInputError } from '@org/core';
import {
  type OfficialEventMethods,
  OfficialEvents,
  type OfficialLifecycleEvents,
  withOfficialEvents,
} from './official-events.js';

/** A tool as the official `runTools` takes it: the function to run beside its definition. */
export interface RunnableFunctionTool {
  type: 'function';
  function: {
    // biome-ignore lint/suspicious/noExplicitAny: the official shape, whose function takes whatever `parse` returns
    function: (args: any) => unknown;
    /** Reads the arguments text (`JSON.parse`); without it, the function gets the text itself. */
    parse?: (input: string) => unknown;
    parameters: Record<string, unknown>;
    name?: string;
    description?: string;
    strict?: boolean;
  };
}

/** `runTools`' body: tools from `zodFunction` / `defineTool`, or in the official runnable shape. */
export type RunToolsBody = Omit<ChatToolRunBody, 'tools'> & {
  tools: readonly (FunctionTool | RunnableFunctionTool)[];
};

type ToolRunOf = ReturnType<typeof runChatTools>;
type Completion = CreateChatCompletionResponse;
type AssistantMessage = Completion['choices'][number]['message'];
type FunctionCall = ChatCompletionMessageToolCall['function'];

/** A tool's result as the conversation carries it, and the official runner's `message` event gives it. */
export interface ToolResultMessage {
  role: 'tool';
  tool_call_id: string;
  content: string;
}

/**
 * The events of the official runner, with their official names and payloads. They fire as each step's tools have
 * run: a step's `functionToolCall` events come after its tools ran, not before.
 */
export interface OfficialToolRunEvents extends OfficialLifecycleEvents {
  chatCompletion: (completion: Completion) => void;
  /** Each assistant message, then each tool result message. */
  message: (message: AssistantMessage | ToolResultMessage) => void;
  functionToolCall: (functionCall: FunctionCall) => void;
  /** The text a function tool sent back. */
  functionToolCallResult: (content: string) => void;
  finalChatCompletion: (completion: Completion) => void;
  finalMessage: (message: AssistantMessage) => void;
  /** Only when the final message has text. */
  finalContent: (content: string) => void;
  finalFunctionToolCall: (functionCall: FunctionCall) => void;
  finalFunctionToolCallResult: (content: string) => void;
  /** The usage of every model call added up; only when the server sent usage. */
  totalUsage: (usage: CompletionUsage) => void;
}

/** The tool run of `openai.chat.completions.runTools`, with the official runner's `final…()` promises and events. */
export type OfficialToolRun = ToolRunOf &
  OfficialEventMethods<OfficialToolRunEvents> & {
    /** The final completion (`result().completion`). */
    finalChatCompletion(): Promise<ToolLoopCompletion>;
    /** The final assistant message. */
    finalMessage(): Promise<ToolLoopCompletion['choices'][number]['message']>;
    /** The final assistant message's text. */
    finalContent(): Promise<string | null>;
    /** Settles once the run is over and its listeners were told: after `end`, or rejecting as `result()` does. */
    done(): Promise<void>;
  };

function toFunctionTool(tool: FunctionTool | RunnableFunctionTool, index: number): FunctionTool {
  if (!('type' in tool)) return tool;
  const { function: definition } = tool;
  const name = definition.name ?? definition.function.name;
  if (!name) throw new InvalidInputError(`tools[${index}].function.name`, 'a tool needs a name');
  return {
    name,
    description: definition.description,
    parameters: definition.parameters,
    strict: definition.strict ?? false,
    parse: (text) => (definition.parse ? definition.parse(text) : text),
    run: (args) => definition.function(args),
  };
}

/**
 * `runChatTools` from `@org/chat`, taking the official tool shape too and giving the official `final…()` and events.
 * Registering a listener makes the run go to its end even when nothing iterates it or awaits its result.
 */
export function runOfficialTools(
  client: Client,
  { tools, ...body }: RunToolsBody,
  options?: ChatToolRunOptions<ToolLoopCompletion>,
): OfficialToolRun {
  const events = new OfficialEvents<OfficialToolRunEvents>(() => {
    // A turn later, as the official runner starts: a loop begun right after `on()` reads the run itself.
    setTimeout(() => {
      run
        .result()
        .then((result) => emitFinal(events, result))
        .catch((error: unknown) => events.fail(error));
    }, 0);
  });
  const onStep = options?.onStep;
  const run = runChatTools(
    client,
    { ...body, tools: tools.map(toFunctionTool) },
    {
      ...options,
      onStep: (step) => {
        emitStep(events, step);
        return onStep?.(step);
      },
    },
  );
  const finalChatCompletion = async () => (await run.result()).completion;
  const finalMessage = async () => {
    const message = (await finalChatCompletion()).choices[0]?.message;
    if (message === undefined) throw new InvalidInputError('choices', 'the final completion has no choice');
    return message;
  };
  const official = Object.assign(run, {
    finalChatCompletion,
    finalMessage,
    finalContent: async () => (await finalMessage()).content ?? null,
    done: async () => {
      try {
        await run.result();
      } finally {
        await events.ended();
      }
    },
  });
  return withOfficialEvents(official, events);
}

function emitStep(
  events: OfficialEvents<OfficialToolRunEvents>,
  { completion, toolResults }: ChatToolStep<Completion>,
) {
  events.emit('chatCompletion', completion);
  const message = completion.choices[0]?.message;
  if (message) {
    events.emit('message', message);
    for (const call of functionCallsOf(message)) events.emit('functionToolCall', call);
  }
  for (const { call, output } of toolResults) {
    events.emit('message', { role: 'tool', tool_call_id: call.id, content: output });
    if (output) events.emit('functionToolCallResult', output);
  }
}

function emitFinal(
  events: OfficialEvents<OfficialToolRunEvents>,
  { completion, steps }: ChatToolRunResult<Completion>,
) {
  events.emit('finalChatCompletion', completion);
  const message = completion.choices[0]?.message;
  if (message) events.emit('finalMessage', message);
  if (message?.content) events.emit('finalContent', message.content);
  const lastCall = steps.flatMap((step) => functionCallsOf(step.completion.choices[0]?.message)).at(-1);
  if (lastCall) events.emit('finalFunctionToolCall', lastCall);
  const lastOutput = steps.flatMap((step) => step.toolResults).at(-1)?.output;
  if (lastOutput !== undefined) events.emit('finalFunctionToolCallResult', lastOutput);
  const usages = steps.flatMap((step) => (step.completion.usage ? [step.completion.usage] : []));
  if (usages.length > 0) events.emit('totalUsage', addUsage(usages));
  events.end();
}

function functionCallsOf(message: AssistantMessage | undefined): FunctionCall[] {
  return (message?.tool_calls ?? []).flatMap((call) => (call.type === 'function' ? [call.function] : []));
}

function addUsage(usages: CompletionUsage[]): CompletionUsage {
  const total = { completion_tokens: 0, prompt_tokens: 0, total_tokens: 0 };
  for (const usage of usages) {
    total.completion_tokens += usage.completion_tokens;
    total.prompt_tokens += usage.prompt_tokens;
    total.total_tokens += usage.total_tokens;
  }
  return total;
}
