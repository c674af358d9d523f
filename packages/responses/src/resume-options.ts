import { APIConnectionError, APITimeoutError, type RequestOptions, StreamTruncatedError } from '@org/core';

/** How a background response's stream reconnects after the connection drops. */
export interface ResumeOptions {
  /** Reconnects in a row that may fail, or bring nothing new, before the drop is raised; 3 by default. */
  maxAttempts?: number;
  /** The wait before the first reconnect, doubling each time up to `maxDelayMs`; 500 ms by default. */
  initialDelayMs?: number;
  /** 8000 ms by default. */
  maxDelayMs?: number;
}

/** Request options, plus the reconnect policy; `resume: false` raises every drop at once. */
export interface ResponseStreamOptions extends RequestOptions {
  resume?: ResumeOptions | false | undefined;
}

export type ResumePolicy = Required<ResumeOptions> | false;

export function resolveResumePolicy(resume: ResumeOptions | false | undefined): ResumePolicy {
  if (resume === false) return false;
  return {
    maxAttempts: resume?.maxAttempts ?? 3,
    initialDelayMs: resume?.initialDelayMs ?? 500,
    maxDelayMs: resume?.maxDelayMs ?? 8000,
  };
}

/**
 * A dropped connection, a silent one (idle timeout) or a body that ended before the response did is worth a reconnect;
 * the call's total timeout is not.
 */
export function isResumableError(error: unknown): boolean {
  if (error instanceof APITimeoutError) return error.timeoutKind !== 'total';
  return error instanceof APIConnectionError || error instanceof StreamTruncatedError;
}
