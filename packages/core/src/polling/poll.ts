import { APIUserAbortError } from '../errors/connection-errors.js';
import { JobFailedError, JobTimeoutError } from '../errors/job-errors.js';
import type { APIPromise } from '../request/api-promise.js';
import { sleep } from '../utils/sleep.js';

/** How a helper waits for a long-running job. */
export interface PollOptions {
  /** The wait between two checks when the server does not say (`openai-poll-after-ms`); 5000 ms by default. */
  pollIntervalMs?: number | undefined;
  /** Gives up, with a `JobTimeoutError`, once waiting would take longer than this; no limit by default. */
  pollTimeoutMs?: number | undefined;
  /** Aborts the wait (and the check in flight) with `APIUserAbortError`; the job itself goes on. */
  signal?: AbortSignal | undefined;
}

/** Where a job stands: still going, over and good, or over and not (its status then names how). */
export type JobState = 'pending' | 'done' | { failed: string };

export interface PollSettings<T> extends PollOptions {
  /** What is waited for, for errors: `batch batch_123`. */
  what: string;
  /** One check of the job; `signal` must reach its request. */
  check(signal: AbortSignal | undefined): APIPromise<T>;
  stateOf(job: T): JobState;
  /** The error a job that ended badly rejects with; a `JobFailedError` unless a package has one typed for its jobs. */
  failure?: ((job: T, status: string) => Error) | undefined;
  /**
   * Called with each check's job before it is judged, to report progress (a job's new events, a video's percent);
   * the wait goes on once its promise settles, and ends with its error if it fails. It gets the wait's `signal`.
   */
  onCheck?: ((job: T, signal: AbortSignal | undefined) => void | Promise<void>) | undefined;
  /**
   * The job as the caller already has it (just created, cancelled or answered): seen by `onCheck` and judged before
   * any check, so a job already over costs no request.
   */
  known?: T | undefined;
}

/**
 * Checks a job until it is over, waiting between checks as long as the server asks (`openai-poll-after-ms`), else
 * `pollIntervalMs`. Resolves to the job once done (and seen by `onCheck`); rejects with `JobFailedError` (its last
 * state as `job`), `JobTimeoutError`, `APIUserAbortError`, or the error of a check.
 */
export async function poll<T>(settings: PollSettings<T>): Promise<T> {
  const { what, signal, pollIntervalMs = 5_000, pollTimeoutMs } = settings;
  const deadline = pollTimeoutMs === undefined ? undefined : Date.now() + pollTimeoutMs;
  const judge = async (job: T): Promise<boolean> => {
    await settings.onCheck?.(job, signal);
    const state = settings.stateOf(job);
    if (state === 'pending') return false;
    if (state === 'done') return true;
    throw settings.failure?.(job, state.failed) ?? new JobFailedError(what, state.failed, job);
  };
  if (settings.known !== undefined && (await judge(settings.known))) return settings.known;
  for (;;) {
    const { data: job, meta } = await settings.check(signal).withResponse();
    if (await judge(job)) return job;
    const asked = Number(meta.headers.get('openai-poll-after-ms'));
    const wait = asked > 0 ? asked : pollIntervalMs;
    if (deadline !== undefined && Date.now() + wait > deadline) throw new JobTimeoutError(what, pollTimeoutMs!, job);
    try {
      await sleep(wait, signal);
    } catch {
      throw new APIUserAbortError({ cause: signal?.reason });
    }
  }
}
