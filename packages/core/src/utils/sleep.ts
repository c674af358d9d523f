import { onAbort } from './on-abort.js';

/**
 * Waits `ms`, rejecting with the signal's reason once it aborts (soon, if it already has). The timer keeps the
 * process alive: whoever sleeps still has work to finish.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stopListening?.();
      resolve();
    }, ms);
    const stopListening =
      signal &&
      onAbort(signal, () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
  });
}
