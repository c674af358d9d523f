/** Why a misplaced value cannot be sent, completing the `InvalidInputError` that names it. */
export const UNSENDABLE = 'cannot be sent; call options go last';

/**
 * Whether `value` cannot be a body field: a function, which JSON would drop, or an `AbortSignal` (a call option put
 * where the fields go), which it would send as `{}`.
 */
export function isUnsendable(value: unknown): boolean {
  return typeof value === 'function' || typeof (value as Partial<AbortSignal> | null)?.addEventListener === 'function';
}
