/** One server-sent event. `data` strings are written as-is; any other value is JSON-encoded. */
export interface SSEEvent {
  event?: string;
  data: unknown;
  id?: string;
}

/** The raw terminator OpenAI sends at the end of a stream. */
export const sseDone = 'data: [DONE]\n\n';

/** Serialises an event to its wire form; raw strings pass through untouched. */
export function serializeSSE(event: SSEEvent | string): string {
  if (typeof event === 'string') return event;
  let out = '';
  if (event.event !== undefined) out += `event: ${event.event}\n`;
  if (event.id !== undefined) out += `id: ${event.id}\n`;
  if (event.data !== undefined) {
    const data = typeof event.data === 'string' ? event.data : JSON.stringify(event.data);
    for (const line of data.split(/\r\n|\r|\n/)) out += `data: ${line}\n`;
  }
  return `${out}\n`;
}
