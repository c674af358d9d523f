const subscribers = new WeakMap<AbortSignal, Set<() => void>>();

function dispatch(event: Event): void {
  const signal = event.target as AbortSignal;
  const callbacks = subscribers.get(signal) ?? [];
  subscribers.delete(signal);
  for (const callback of callbacks) callback();
}

/**
 * Calls `callback` once `signal` aborts, until the returned function is called. However many calls share one signal,
 * it carries a single listener, so Node does not warn of a listener leak when an app passes one signal to 11 calls.
 */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let callbacks = subscribers.get(signal);
  if (!callbacks) {
    callbacks = new Set();
    subscribers.set(signal, callbacks);
    signal.addEventListener('abort', dispatch, { once: true });
  }
  const subscribed = callbacks;
  subscribed.add(callback);
  return () => {
    if (subscribed.delete(callback) && subscribed.size === 0 && subscribers.get(signal) === subscribed) {
      subscribers.delete(signal);
      signal.removeEventListener('abort', dispatch);
    }
  };
}
