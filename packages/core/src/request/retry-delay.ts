const initialDelayMs = 500;
const maxBackoffMs = 8_000;

/**
 * Milliseconds to wait before retry number `retriesDone + 1`: what the server asked
 * for when it said, otherwise 0.5 s doubling up to 8 s, less up to 25% jitter so
 * many clients retrying together spread out.
 */
export function retryDelay(retriesDone: number, serverAskedMs: number | null, random = Math.random()): number {
  if (serverAskedMs !== null) return serverAskedMs;
  const backoff = Math.min(initialDelayMs * 2 ** retriesDone, maxBackoffMs);
  return backoff * (1 - random * 0.25);
}
