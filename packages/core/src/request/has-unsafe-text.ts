/** What a header value may hold, completing "expected …" in the errors that refuse one. */
export const HEADER_TEXT = 'Latin-1 text without control characters';

/**
 * Characters no header value can carry: control characters, CR, LF and NUL among them (they could smuggle extra
 * headers into the request), and anything past Latin-1, which the transports refuse to send.
 */
export function hasUnsafeText(value: string): boolean {
  return /[^\t\x20-\x7e\x80-\xff]/.test(value);
}
