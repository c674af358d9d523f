import { InvalidInputError } from '../errors/invalid-input-error.js';

/** `text` percent-encoded for a path segment or a query; text that is not Unicode (a lone surrogate) is refused. */
export function encodeComponent(text: string, input: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    throw new InvalidInputError(input, 'not Unicode text');
  }
}
