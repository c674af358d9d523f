/**
 * The browser build's `onAbort`: a listener of its own per subscriber, since only Node warns of many listeners on one
 * signal (`on-abort.ts` shares one there). Deno, Bun and workers, which take this build too, do not warn either.
 */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let subscribed = true;
  const listener = () => {
    if (subscribed) callback();
  };
  if (signal.aborted) queueMicrotask(listener);
  else signal.addEventListener('abort', listener, { once: true });
  return () => {
    subscribed = false;
    signal.removeEventListener('abort', listener);
  };
}
