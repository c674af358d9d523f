import { callOptionProblem } from '../client/check-option.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { RequestOptions } from './request-options.js';

// `satisfies` keeps this list in step with the interface: a new option must be added here to be accepted.
const known = {
  signal: true,
  timeout: true,
  totalTimeout: true,
  idleTimeout: true,
  maxRetries: true,
  headers: true,
  query: true,
  idempotencyKey: true,
  extraBody: true,
  path: true,
  body: true,
  fetchOptions: true,
} satisfies Record<keyof RequestOptions, true>;

/** Whether `name` is a call option's: in an operation's query or body, it was put where the fields go. */
export function isCallOption(name: string): boolean {
  return Object.hasOwn(known, name);
}

/**
 * Refuses a call option the client does not know (`timeOut`, `retries`), which would otherwise do nothing, a value the
 * client option of the same name would refuse (a negative `timeout`), and a `signal` that is not an `AbortSignal` (an
 * `AbortController` passed by mistake would never cancel anything).
 */
export function checkRequestOptions(options: RequestOptions): void {
  for (const name in options) {
    if (!Object.hasOwn(known, name)) {
      throw new InvalidInputError(`options.${name}`, `unknown call option; known: ${Object.keys(known).join(', ')}`);
    }
    const problem = callOptionProblem(name, options[name as keyof RequestOptions]);
    if (problem) throw new InvalidInputError(`options.${name}`, problem);
  }
  const { signal } = options;
  if (signal != null && typeof (signal as Partial<AbortSignal>).addEventListener !== 'function') {
    throw new InvalidInputError('options.signal', 'expected an AbortSignal, such as `controller.signal`');
  }
}
