/**
 * Closes the connection of a stream or binary body that was dropped without ever being read. It would otherwise hold
 * its socket, and keep the server sending, until the body ends or `totalTimeout` passes. The registry holds only the
 * `abort` side, which must not reach back to what it watches. Runtimes without `FinalizationRegistry` go without.
 */
export const unreadStreamReaper: FinalizationRegistry<{ abort(): void }> | undefined =
  typeof FinalizationRegistry === 'function'
    ? /* @__PURE__ */ new FinalizationRegistry((stopper) => stopper.abort())
    : undefined;
