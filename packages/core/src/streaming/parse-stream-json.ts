import { StreamError } from '../errors/stream-error.js';
import { excerpt } from '../utils/excerpt.js';

/**
 * `text` parsed; else a `StreamError` quoting it, passed through `redact` first. It carries no `cause`: the parser's
 * own message would quote the text unscrubbed.
 */
export function parseStreamJson(text: string, redact?: (text: string) => string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new StreamError(`Could not parse stream event: ${excerpt(redact ? redact(text) : text)}`);
  }
}
