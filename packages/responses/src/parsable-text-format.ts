import type { Response, TextResponseFormatJsonSchema } from './generated/types.js';

/** The key under which a text format carries its parser: a non-enumerable symbol, so it is never sent. */
export const outputParser: unique symbol = Symbol.for('@org/responses.output-parser');

/** A `json_schema` text format that also knows how to read the output it asks for. */
export interface ParsableTextFormat<Output> extends TextResponseFormatJsonSchema {
  readonly [outputParser]: (text: string) => Output;
}

/** A response with its output text parsed by the request's text format. */
export type ParsedResponse<Output> = Response & { outputParsed: Output };

/**
 * A `json_schema` text format with the function that parses (and should validate) its output: what `zodTextFormat`
 * builds, open to any other validator. Use it as `text: { format }`.
 */
export function jsonSchemaTextFormat<Output>(
  format: Omit<TextResponseFormatJsonSchema, 'type'>,
  parse: (text: string) => Output,
): ParsableTextFormat<Output> {
  const parsable = { type: 'json_schema' as const, ...format };
  return Object.defineProperty(parsable, outputParser, {
    value: parse,
    enumerable: false,
  }) as ParsableTextFormat<Output>;
}
