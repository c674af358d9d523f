/** What a header name may be, completing "expected …" in the errors that refuse one. */
export const HEADER_NAME = 'a header name (an HTTP token)';

/** Whether `name` can be a header's name: an HTTP token, letters, digits and a few marks. */
export function isHeaderName(name: string): boolean {
  return /^[\w!#$%&'*+.^`|~-]+$/.test(name);
}
