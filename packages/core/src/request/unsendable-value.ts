/**
 * Why `value` cannot be sent as a query or body field, when it cannot: a function, or an `AbortSignal` (a call option
 * put where the fields go, which would go out as garbage or not at all). Undefined when it can.
 */
export function unsendableValue(value: unknown): string | undefined {
  if (typeof value === 'function') return 'a function cannot be sent';
  if (typeof (value as Partial<AbortSignal> | null)?.addEventListener === 'function') {
    return 'a signal is a call option: pass it in the options, the last argument';
  }
  return undefined;
}
