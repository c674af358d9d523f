import { InvalidInputError } from '../errors/invalid-input-error.js';

/** A tool run's step limit: `maxSteps` model calls, 10 unless given; anything but a whole number from 1 is refused. */
export function checkMaxSteps(maxSteps: number | undefined = 10): number {
  if (!Number.isInteger(maxSteps) || maxSteps < 1) throw new InvalidInputError('maxSteps', 'must be an integer >= 1');
  return maxSteps;
}
