import type { APIPromise } from '../request/api-promise.js';
import type { RequestOptions } from '../request/request-options.js';
import { type JobState, type PollOptions, poll } from './poll.js';

/** What every wait helper of this package takes: how to poll, and the options of its requests. */
export type WaitOptions = PollOptions & RequestOptions;

/** A wait helper's options without the poller's: those of the request that starts the job. */
export function requestOptionsOf(options: WaitOptions = {}): RequestOptions {
  const { pollIntervalMs, pollTimeoutMs, ...request } = options;
  return request;
}

/**
 * A wait helper's options for its GETs (checks, lists), which refuse `extraBody`, need no `idempotencyKey` and keep
 * their own `path` and `body`.
 */
export function checkOptionsOf(options: WaitOptions = {}): RequestOptions {
  const { extraBody, idempotencyKey, path, body, ...check } = requestOptionsOf(options);
  return check;
}

/**
 * Polls one job with a wait helper's options: the poller's to `poll()`, the rest to every check. `failure` makes the
 * error of a job that ended badly (a `JobFailedError` by default); `onCheck` sees each check's job (see `poll()`).
 */
export function waitForJob<T>(
  what: string,
  check: (options: RequestOptions) => APIPromise<T>,
  stateOf: (job: T) => JobState,
  options: WaitOptions = {},
  failure?: (job: T, status: string) => Error,
  onCheck?: (job: T, signal: AbortSignal | undefined) => void | Promise<void>,
): Promise<T> {
  const { pollIntervalMs, pollTimeoutMs, signal } = options;
  const checkOptions = checkOptionsOf(options);
  return poll<T>({
    what,
    pollIntervalMs,
    pollTimeoutMs,
    signal,
    check: (signal) => check({ ...checkOptions, signal }),
    stateOf,
    failure,
    onCheck,
  });
}
