import type { OutputMessage } from './generated/types.js';

/** The least `getOutputText` reads: the output items of a response, beta responses included. */
export interface ResponseOutput {
  output: ReadonlyArray<{ type: string }>;
}

/** The text of every `output_text` part of the response's messages, joined: what `output_text` is in the official SDK. */
export function getOutputText(response: ResponseOutput): string {
  let text = '';
  // Compatible servers may leave out `output` or a message's `content`: no text, rather than a TypeError.
  for (const item of response.output ?? []) {
    if (item?.type !== 'message') continue;
    for (const part of (item as OutputMessage).content ?? []) {
      if (part?.type === 'output_text' && typeof part.text === 'string') text += part.text;
    }
  }
  return text;
}
