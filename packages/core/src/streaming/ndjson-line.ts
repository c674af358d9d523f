const encoder = /* @__PURE__ */ new TextEncoder();

/** One NDJSON line: the value as JSON and a line break, as bytes. */
export function ndjsonLine(value: unknown): Uint8Array {
  return encoder.encode(`${JSON.stringify(value)}\n`);
}

/**
 * The last line of a relay's NDJSON: `[DONE]`, which no JSON value can be. It tells the reader nothing was lost, as
 * `data: [DONE]` ends an event stream; a relay that stops without it was cut short.
 */
export const NDJSON_END: Uint8Array = /* @__PURE__ */ encoder.encode('[DONE]\n');
