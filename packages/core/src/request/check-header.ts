import { InvalidInputError } from '../errors/invalid-input-error.js';
import { HEADER_TEXT, hasUnsafeText } from './has-unsafe-text.js';
import { HEADER_NAME, isHeaderName } from './is-header-name.js';

/** Refuses, naming `input`, a header the transport could not send, or whose value could smuggle in another one. */
export function checkHeader(input: string, name: string, value: string): string {
  if (!isHeaderName(name)) throw new InvalidInputError(input, `expected ${HEADER_NAME}`);
  if (hasUnsafeText(value)) throw new InvalidInputError(input, `expected ${HEADER_TEXT}`);
  return value;
}
