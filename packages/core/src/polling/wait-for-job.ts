import type { APIPromise } from '../request/api-promise.js';
import type { RequestOptions } from '../request/request-options.js';
import { type JobState, type PollOptions, type PollSettings, poll } from './poll.js';

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

/** What a package's wait helper adds to the poll: its typed failure, its progress report, the job it already has. */
export type JobWaitSettings<T> = Pick<PollSettings<T>, 'failure' | 'onCheck' | 'known'>;

/**
 * Polls one job with a wait helper's options: the poller's to `poll()`, the rest to every check. `settings` adds the
 * error of a job that ended badly (a `JobFailedError` by default), `onCheck` for each check's job, and `known`, the
 * job as just created, judged before any check (see `poll()`).
 */
export function waitForJob<T>(
  what: string,
  check: (options: RequestOptions) => APIPromise<T>,
  stateOf: (job: T) => JobState,
  options: WaitOptions = {},
  settings: JobWaitSettings<T> = {},
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
    ...settings,
  });
}
