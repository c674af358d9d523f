import type { RequestOptions } from './request-options.js';

/**
 * The options of one request of a helper that sends several: an `idempotencyKey` given becomes `<key>:<step>`, as no
 * two requests may share one (the server would answer the second with the first's reply), while running the helper
 * again with the same key still repeats none of them.
 */
export function stepOptions<Options extends RequestOptions>(
  options: Options | undefined,
  step: string | number,
): Options {
  const key = options?.idempotencyKey;
  return (key === undefined ? { ...options } : { ...options, idempotencyKey: `${key}:${step}` }) as Options;
}
