import { type ChatToolRunBody, type ChatToolRunOptions, runChatTools, type ToolLoopCompletion } from '@org/chat';
import { type Client, type FunctionTool, InvalidInputError } from '@org/core';

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

/** The tool run of `openai.chat.completions.runTools`, with the official runner's `final…()` promises. */
export type OfficialToolRun = ToolRunOf & {
  /** The final completion (`result().completion`). */
  finalChatCompletion(): Promise<ToolLoopCompletion>;
  /** The final assistant message. */
  finalMessage(): Promise<ToolLoopCompletion['choices'][number]['message']>;
  /** The final assistant message's text. */
  finalContent(): Promise<string | null>;
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

/** `runChatTools` from `@org/chat`, taking the official tool shape too and giving the official `final…()`. */
export function runOfficialTools(
  client: Client,
  { tools, ...body }: RunToolsBody,
  options?: ChatToolRunOptions<ToolLoopCompletion>,
): OfficialToolRun {
  const run = runChatTools(client, { ...body, tools: tools.map(toFunctionTool) }, options);
  const finalChatCompletion = async () => (await run.result()).completion;
  const finalMessage = async () => {
    const message = (await finalChatCompletion()).choices[0]?.message;
    if (message === undefined) throw new InvalidInputError('choices', 'the final completion has no choice');
    return message;
  };
  return Object.assign(run, {
    finalChatCompletion,
    finalMessage,
    finalContent: async () => (await finalMessage()).content ?? null,
  });
}
