/** The iterator behind a `Stream`: `return()` stops early without raising, `abort()` makes the consumer raise. */
export interface StreamIterator<T> extends AsyncIterator<T> {
  next(): Promise<IteratorResult<T>>;
  /** Stops reading and frees the source; a waiting `next()` resolves as done. Never rejects. */
  return(): Promise<IteratorResult<T>>;
  /** Stops reading and frees the source; a waiting or later `next()` rejects with the abort error. */
  abort(reason?: unknown): void;
}
