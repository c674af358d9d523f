/**
 * Milliseconds to wait before retry number `retriesDone + 1`: `initialMs` doubling up to `maxMs`, less up to 25%
 * jitter so many clients retrying together spread out.
 */
export function backoffDelay(retriesDone: number, initialMs: number, maxMs: number, random = Math.random()): number {
  return Math.min(initialMs * 2 ** retriesDone, maxMs) * (1 - random * 0.25);
}
