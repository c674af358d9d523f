import { InvalidInputError } from '@org/core';

/** How to reconnect a dropped connection: attempts in a row before giving up, and the backoff between them. */
export interface RealtimeReconnectOptions {
  /** Failed attempts in a row before the connection closes for good; default 5. */
  maxAttempts?: number;
  /** The first wait; it doubles after each failed attempt, less up to 25% jitter. Default 500 ms. */
  initialDelayMs?: number;
  /** The longest wait; default 8000 ms. */
  maxDelayMs?: number;
}

export type ReconnectPolicy = Required<RealtimeReconnectOptions>;

/** The policy `reconnect` asks for, checked; undefined when reconnection is off (the default). */
export function resolveReconnectPolicy(
  option: boolean | RealtimeReconnectOptions | undefined,
): ReconnectPolicy | undefined {
  if (option === undefined || option === false) return undefined;
  const given = option === true ? {} : option;
  if (typeof given !== 'object' || given === null) {
    throw new InvalidInputError(
      'options.reconnect',
      'expected true, false or { maxAttempts, initialDelayMs, maxDelayMs }',
    );
  }
  const policy = { maxAttempts: 5, initialDelayMs: 500, maxDelayMs: 8000, ...given };
  for (const [name, value] of Object.entries(policy)) {
    if (!Number.isFinite(value) || value < (name === 'maxAttempts' ? 1 : 0)) {
      throw new InvalidInputError(
        `options.reconnect.${name}`,
        `expected a number >= ${name === 'maxAttempts' ? 1 : 0}`,
      );
    }
  }
  return policy;
}

/**
 * Whether a close is worth reconnecting after. Not after a normal close (1000: the server ended the session) or a
 * policy violation (1008: a refused key or a broken rule, which a new socket would meet again); any other code is a
 * drop: 1006 (cut off), 1001 (going away), 1011 (server error), 1012 and 1013 (restart, try again later), and the like.
 */
export function isReconnectableClose(code: number): boolean {
  return code !== 1000 && code !== 1008;
}
