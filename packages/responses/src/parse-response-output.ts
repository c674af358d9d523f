import { InvalidInputError, OutputParseError, RefusalError, TruncatedOutputError } from '@org/core';
import type { Response } from './generated/types.js';
import { getOutputText } from './get-output-text.js';
import { outputParser, type ParsableTextFormat, type ParsedResponse } from './parsable-text-format.js';
import { ResponseFailedError } from './response-failed-error.js';

/**
 * Parses a response's output text with its text format and sets it as `outputParsed` on the response. Raises
 * `ResponseFailedError` for a failed response, `TruncatedOutputError` for an incomplete one (token limit, content
 * filter), `RefusalError` when the model refused, and `OutputParseError` for output that is not JSON, does not match
 * the schema, or is missing.
 */
export function parseResponseOutput<Output>(
  response: Response,
  format: ParsableTextFormat<Output>,
): ParsedResponse<Output> {
  const parse = format[outputParser];
  if (typeof parse !== 'function') {
    throw new InvalidInputError(
      'text.format',
      'it carries no parser; pass the object zodTextFormat (or jsonSchemaTextFormat) returned, not a copy of it',
    );
  }
  if (response.status === 'failed') throw new ResponseFailedError(response);
  if (response.status === 'incomplete') {
    throw new TruncatedOutputError(response.incomplete_details?.reason ?? 'incomplete');
  }
  let hasText = false;
  // Compatible servers may leave out `output` or a message's `content`.
  for (const item of response.output ?? []) {
    if (item.type !== 'message') continue;
    for (const part of item.content ?? []) {
      if (part.type === 'refusal') throw new RefusalError(part.refusal);
      hasText = true;
    }
  }
  if (!hasText) throw new OutputParseError('The response has no output text to parse.', '');
  return Object.assign(response, { outputParsed: parse(getOutputText(response)) });
}
