const encoder = /* @__PURE__ */ new TextEncoder();

/** One NDJSON line: the value as JSON and a line break, as bytes. */
export function ndjsonLine(value: unknown): Uint8Array {
  return encoder.encode(`${JSON.stringify(value)}\n`);
}
