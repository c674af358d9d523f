/** CR, LF or NUL: in a header value (a key, an organization id) they could smuggle extra headers into the request. */
export function hasUnsafeText(value: string): boolean {
  return /[\r\n\0]/.test(value);
}
