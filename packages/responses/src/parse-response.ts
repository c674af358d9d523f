import type { Client, RequestOptions } from '@org/core';
import { createResponse } from './generated/functions/create-response.js';
import type { CreateResponse, ResponseTextParam } from './generated/types.js';
import type { ParsableTextFormat, ParsedResponse } from './parsable-text-format.js';
import { parseResponseOutput } from './parse-response-output.js';

/** A create body whose text format can parse its output: `text: { format: zodTextFormat(schema, name) }`. */
export type ParseResponseBody<Output> = Omit<CreateResponse, 'stream' | 'text'> & {
  text: ResponseTextParam & { format: ParsableTextFormat<Output> };
};

/**
 * Creates a response with structured output and returns it with `outputParsed`, typed by the format. See
 * `parseResponseOutput` for the errors. zod itself is only ever loaded by `@org/responses/zod`.
 */
export async function parseResponse<Output>(
  client: Client,
  body: ParseResponseBody<Output>,
  options?: RequestOptions,
): Promise<ParsedResponse<Output>> {
  const response = await createResponse(client, { ...body, stream: false }, options);
  return parseResponseOutput(response, body.text.format);
}
