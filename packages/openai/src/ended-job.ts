import { JobFailedError } from '@org/core';

/**
 * A wait as the official helpers end it: with the object in whatever state it stopped in (a run `failed`, a file
 * `error`, a vector store file `cancelled`), where the per-resource pollers reject with a `JobFailedError` carrying it.
 * A timeout, an abort and an API error still reject.
 */
export function endedJob<T>(waiting: Promise<T>): Promise<T> {
  return waiting.catch((error: unknown) => {
    if (error instanceof JobFailedError) return error.job as T;
    throw error;
  });
}
