import type { Response } from './generated/types.js';

/** The text of every `output_text` part of the response's messages, joined: what `output_text` is in the official SDK. */
export function getOutputText(response: Pick<Response, 'output'>): string {
  let text = '';
  for (const item of response.output) {
    if (item.type !== 'message') continue;
    for (const part of item.content) if (part.type === 'output_text') text += part.text;
  }
  return text;
}
