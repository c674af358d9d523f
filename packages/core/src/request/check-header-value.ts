import { InvalidInputError } from '../errors/invalid-input-error.js';

const forbidden = /[\r\n\0]/;

/** Header values with CR, LF or NUL could smuggle extra headers into the request: refuse them by name. */
export function checkHeaderValue(name: string, value: string): string {
  if (forbidden.test(value))
    throw new InvalidInputError(`headers.${name}`, 'header values may not contain CR, LF or NUL');
  return value;
}
