import type { ResponseFormatJsonObject, ResponseFormatJsonSchema } from './generated/types.js';

/**
 * A `json_schema` response format that also knows how to read the answer into `T` (see `zodResponseFormat` in
 * `@org/chat/zod`). `parse` is not enumerable, so it is never sent.
 */
export interface ParsableResponseFormat<T> extends ResponseFormatJsonSchema {
  readonly parse: (text: string) => T;
}

/** The response formats whose answer is JSON. */
export type JsonResponseFormat<T = unknown> =
  | ParsableResponseFormat<T>
  | ResponseFormatJsonSchema
  | ResponseFormatJsonObject;
