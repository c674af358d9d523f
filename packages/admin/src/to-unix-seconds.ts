import { InvalidInputError } from '@org/core';

/** A moment as a `Date`, or as Unix seconds (what the API sends and takes). */
export type Timestamp = Date | number;

// Unix seconds reach this in the year 5138; a millisecond count of any date since 1973 is above it.
const MAX_SECONDS = 1e11;

/** `value` in whole Unix seconds; an `InvalidInputError` naming `input` for an invalid date or a millisecond count. */
export function toUnixSeconds(value: Timestamp, input: string): number {
  const seconds = value instanceof Date ? value.getTime() / 1000 : value;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
    throw new InvalidInputError(input, 'expected a valid Date or Unix seconds');
  }
  if (seconds >= MAX_SECONDS) {
    throw new InvalidInputError(input, `${seconds} looks like milliseconds; expected Unix seconds or a Date`);
  }
  return Math.floor(seconds);
}
