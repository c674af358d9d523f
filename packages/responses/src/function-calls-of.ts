import type { ToolCall } from '@org/core/internal';
import type { Response } from './generated/types.js';

/** The `function_call` output items of a response, as `runToolCalls` takes them. */
export function functionCallsOf(response: Response): ToolCall[] {
  const calls: ToolCall[] = [];
  // Compatible servers may leave `output` out.
  for (const item of response.output ?? []) {
    if (item.type === 'function_call') calls.push({ id: item.call_id, name: item.name, arguments: item.arguments });
  }
  return calls;
}
