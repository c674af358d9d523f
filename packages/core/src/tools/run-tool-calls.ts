import { APIUserAbortError } from '../errors/connection-errors.js';
import { OpenAIError } from '../errors/openai-error.js';
import type { FunctionTool } from './function-tool.js';

/** A call the model asked for. */
export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** What a call produced: the text sent back to the model, and the value or error behind it. */
export interface ToolResult {
  call: ToolCall;
  /** The text sent back to the model. */
  output: string;
  value?: unknown;
  /** Set when the tool was unknown, its arguments unreadable, or it threw: the model is told, the loop goes on. */
  error?: Error;
}

/**
 * Runs the calls of one model turn in parallel. A failure becomes an error
 * message for the model (which can then correct itself) rather than an
 * exception that ends the loop; an abort, however, ends everything.
 */
export function runToolCalls(
  tools: readonly FunctionTool[],
  calls: readonly ToolCall[],
  signal: AbortSignal,
): Promise<ToolResult[]> {
  // A tool that ignores the signal must not hold the caller: the abort settles the call at once.
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.all(calls.map((call) => runOne(tools, call, signal)))
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof OpenAIError ? signal.reason : new APIUserAbortError({ cause: signal.reason });
}

async function runOne(tools: readonly FunctionTool[], call: ToolCall, signal: AbortSignal): Promise<ToolResult> {
  const tool = tools.find((candidate) => candidate.name === call.name);
  try {
    if (!tool)
      throw new Error(`There is no tool named "${call.name}". Available: ${tools.map((t) => t.name).join(', ')}.`);
    const value = await tool.run(tool.parse(call.arguments), { signal, callId: call.id });
    signal.throwIfAborted();
    return { call, value, output: typeof value === 'string' ? value : (JSON.stringify(value) ?? '') };
  } catch (thrown) {
    if (signal.aborted) throw abortError(signal);
    const error = thrown instanceof Error ? thrown : new Error(String(thrown));
    return { call, error, output: JSON.stringify({ error: error.message }) };
  }
}
