import { InvalidInputError } from '../errors/invalid-input-error.js';
import { hasUnsafeText } from './has-unsafe-text.js';
import { isHeaderName } from './is-header-name.js';

/** Refuses, naming `input`, a header the transport could not send, or whose value could smuggle in another one. */
export function checkHeader(input: string, name: string, value: string): string {
  if (!isHeaderName(name))
    throw new InvalidInputError(input, "expected a header name: letters, digits and -_.!#$%&'*+^`|~");
  if (hasUnsafeText(value)) {
    throw new InvalidInputError(
      input,
      'header values may hold only Latin-1 text, without CR, LF or other control characters',
    );
  }
  return value;
}
