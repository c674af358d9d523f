/** `part / whole`, or null when there is nothing to divide. */
export function rateOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
