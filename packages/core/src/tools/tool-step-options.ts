import type { RequestOptions } from '../request/request-options.js';

/**
 * The options of a tool run's model call number `index`: the run's own, its signal, and an idempotency key of the
 * call's own (`key-0`, `key-1`, …), since one key on several different requests would make the server refuse them.
 */
export function toolStepOptions<O extends RequestOptions>(options: O, signal: AbortSignal, index: number): O {
  const { idempotencyKey } = options;
  return {
    ...options,
    signal,
    idempotencyKey: idempotencyKey === undefined ? undefined : `${idempotencyKey}-${index}`,
  };
}
