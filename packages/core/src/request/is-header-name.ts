/** Whether `name` can be a header's name: an HTTP token, letters, digits and a few marks. */
export function isHeaderName(name: string): boolean {
  return /^[\w!#$%&'*+.^`|~-]+$/.test(name);
}
