/** An error body's `code`, `type` or `param` as a string: a number (some compatible servers send one) as its digits. */
export function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}
