const subscribers = new WeakMap<AbortSignal, Set<() => void>>();

function dispatch(event: Event): void {
  const signal = event.target as AbortSignal;
  const entries = subscribers.get(signal) ?? [];
  subscribers.delete(signal);
  for (const entry of entries) {
    try {
      entry();
    } catch (error) {
      // As with a throwing event listener: the error is reported, and the other subscribers still hear of the abort.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

/**
 * Calls `callback` once `signal` aborts (soon, if it already has), until the returned function is called. However
 * many calls share one signal, it carries a single listener, so Node does not warn of a listener leak when an app
 * passes one signal to eleven calls.
 */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  if (signal.aborted) {
    let cancelled = false;
    queueMicrotask(() => {
      if (!cancelled) callback();
    });
    return () => {
      cancelled = true;
    };
  }
  let entries = subscribers.get(signal);
  if (!entries) {
    entries = new Set();
    subscribers.set(signal, entries);
    signal.addEventListener('abort', dispatch, { once: true });
  }
  const subscribed = entries;
  // An entry of its own, so the same callback subscribed twice is unsubscribed once at a time.
  const entry = () => callback();
  subscribed.add(entry);
  return () => {
    if (subscribed.delete(entry) && subscribed.size === 0 && subscribers.get(signal) === subscribed) {
      subscribers.delete(signal);
      signal.removeEventListener('abort', dispatch);
    }
  };
}
