import { InvalidInputError } from '../errors/invalid-input-error.js';
import { hasUnsafeText } from './has-unsafe-text.js';

/** Header values with CR, LF or NUL could smuggle extra headers into the request: refuse them by name. */
export function checkHeaderValue(name: string, value: string): string {
  if (hasUnsafeText(value))
    throw new InvalidInputError(`headers.${name}`, 'header values may not contain CR, LF or NUL');
  return value;
}
