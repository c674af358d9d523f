import type { ToolResult } from '@org/core/internal';
import type { SubmitToolOutputsRunRequest } from './generated/types.js';

/** The `tool_outputs` of a submission, from the results of a tool run's step. */
export function toolOutputsOf(results: readonly ToolResult[]): SubmitToolOutputsRunRequest['tool_outputs'] {
  return results.map(({ call, output }) => ({ tool_call_id: call.id, output }));
}
