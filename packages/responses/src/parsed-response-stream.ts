import type { Client } from '@org/core';
import type { ParsedResponse } from './parsable-text-format.js';
import type { ParseResponseBody } from './parse-response.js';
import { parseResponseOutput } from './parse-response-output.js';
import { type ResponseStream, responseStream } from './response-stream.js';
import type { ResponseStreamOptions } from './resume-options.js';

/** A `ResponseStream` whose final response can also be parsed by the request's text format. */
export type ParsedResponseStream<Output> = ResponseStream & {
  /** `finalResponse()`, then its output parsed: rejects like `parseResponseOutput`. */
  finalParsedResponse(): Promise<ParsedResponse<Output>>;
};

/** `responseStream` for structured output, returned at once: the events as they come, then the parsed response. */
export function parsedResponseStream<Output>(
  client: Client,
  body: ParseResponseBody<Output>,
  options?: ResponseStreamOptions,
): ParsedResponseStream<Output> {
  const stream = responseStream(client, body, options);
  const finalParsedResponse = async () => parseResponseOutput(await stream.finalResponse(), body.text.format);
  return Object.assign(stream, { finalParsedResponse });
}
