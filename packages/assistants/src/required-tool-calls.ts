import type { ToolCall } from '@org/core/internal';
import type { RunObject } from './generated/types.js';

/** The function calls a run waits for the outputs of; none unless it `requires_action`. */
export function requiredToolCalls(run: RunObject): ToolCall[] {
  if (run.status !== 'requires_action') return [];
  return (run.required_action?.submit_tool_outputs.tool_calls ?? []).map(({ id, function: fn }) => ({
    id,
    name: fn.name,
    arguments: fn.arguments,
  }));
}
