import { StreamError } from '../errors/stream-error.js';
import { excerpt } from '../utils/excerpt.js';

/** `text` parsed; else a `StreamError` quoting it, passed through `redact` first. */
export function parseStreamJson(text: string, redact?: (text: string) => string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new StreamError(`Could not parse stream event: ${excerpt(redact ? redact(text) : text)}`, { cause });
  }
}
