import type { RequestOptions } from '@org/core';

/** The options of one model call of a tool run: the run's signal, and an idempotency key of its own. */
export function stepOptions(options: RequestOptions, signal: AbortSignal, index: number): RequestOptions {
  const { idempotencyKey } = options;
  return {
    ...options,
    signal,
    idempotencyKey: idempotencyKey === undefined ? undefined : `${idempotencyKey}-${index}`,
  };
}
