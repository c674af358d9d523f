import { getOutputText, type ResponseOutput } from './get-output-text.js';

/**
 * Fills `output_text`, which the spec declares on a response but the server never sends: the text of its messages,
 * joined, as the official SDKs do. Every call and stream helper that gives a response sets it.
 */
export function withOutputText<R extends ResponseOutput & { output_text?: string | null }>(response: R): R {
  response.output_text = getOutputText(response);
  return response;
}
