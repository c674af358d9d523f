import { backoffDelay } from './backoff-delay.js';

/** Milliseconds to wait before retry number `retriesDone + 1`: what the server asked for, else 0.5 s doubling to 8 s. */
export function retryDelay(retriesDone: number, serverAskedMs: number | null, random = Math.random()): number {
  return serverAskedMs ?? backoffDelay(retriesDone, 500, 8_000, random);
}
