import type { StreamIterator } from './stream-iterator.js';

/**
 * Closes the connection of a stream that was dropped without ever being read. Such a stream would otherwise hold its
 * socket, and keep the server generating, until the body ends or `totalTimeout` passes. Runtimes without
 * `FinalizationRegistry` simply go without.
 */
export const unreadStreamReaper: FinalizationRegistry<StreamIterator<unknown>> | undefined =
  typeof FinalizationRegistry === 'function'
    ? /* @__PURE__ */ new FinalizationRegistry((iterator) => iterator.abort())
    : undefined;
