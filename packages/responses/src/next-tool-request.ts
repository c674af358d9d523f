import type { ToolResult } from '@org/core/internal';
import type {
  CreateResponse,
  FunctionCallOutputItemParam,
  InputItem,
  InputParam,
  Response,
} from './generated/types.js';

/**
 * The request that sends a step's tool results back. By default the server keeps the history: the results go as
 * the only input, after `previous_response_id` (or in the same `conversation`). With `store: false` nothing is kept,
 * so the input so far, the model's output items and the results are all sent again.
 */
export function nextToolRequest(request: CreateResponse, response: Response, results: ToolResult[]): CreateResponse {
  const outputs = results.map(
    (result): FunctionCallOutputItemParam => ({
      type: 'function_call_output',
      call_id: result.call.id,
      output: result.output,
    }),
  );
  if (request.store === false) {
    // The API takes its own output items back as input items; the generated unions just do not say so.
    const history = response.output as unknown as InputItem[];
    return { ...request, input: [...asInputItems(request.input), ...history, ...outputs] };
  }
  if (request.conversation) return { ...request, input: outputs };
  return { ...request, input: outputs, previous_response_id: response.id };
}

function asInputItems(input: InputParam | undefined): InputItem[] {
  if (input === undefined) return [];
  return typeof input === 'string' ? [{ role: 'user', content: input }] : input;
}
