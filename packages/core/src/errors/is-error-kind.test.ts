import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as core from '../index.js';
import { createResponseMeta } from '../meta/response-meta.js';
import * as workloadIdentity from '../workload-identity.js';
import { InvalidTokenReplyError, OAuthError, SubjectTokenProviderError } from '../workload-identity.js';
import * as workloadIdentityX509 from '../workload-identity-x509.js';
import { CredentialClosedError } from '../workload-identity-x509.js';
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createAPIError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './api-error.js';
import { ConfigError } from './config-error.js';
import { APIConnectionError, APITimeoutError, APIUserAbortError } from './connection-errors.js';
import type { ErrorKindMap } from './error-kind-map.js';
import { errorKindsKey } from './error-kinds-key.js';
import { InvalidInputError } from './invalid-input-error.js';
import { InvalidResponseError } from './invalid-response-error.js';
import { isAPIError } from './is-api-error.js';
import { isErrorKind } from './is-error-kind.js';
import { isOpenAIError } from './is-openai-error.js';
import { JobFailedError, JobTimeoutError } from './job-errors.js';
import { MissingDependencyError } from './missing-dependency-error.js';
import { OpenAIError } from './openai-error.js';
import { OutputParseError, RefusalError, TruncatedOutputError } from './output-errors.js';
import { PaginationLoopError } from './pagination-loop-error.js';
import { StreamError } from './stream-error.js';
import { StreamTruncatedError } from './stream-truncated-error.js';

const rateLimited = () => createAPIError(createResponseMeta(429, {}, 1), { message: 'slow down' });

/** The error classes of this folder, built into one script and run in a `node:vm` context: another realm. */
async function loadInOtherRealm(): Promise<vm.Context> {
  const bundle = await build({
    stdin: {
      contents: `export * from './api-error.js'; export * from './stream-error.js';`,
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'sdk',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const context = vm.createContext({});
  vm.runInContext(bundle.outputFiles[0]!.text, context);
  return context;
}

describe('error guards', () => {
  it('tell an SDK error by kind, subclasses included', () => {
    const error: unknown = rateLimited();
    expect(isOpenAIError(error)).toBe(true);
    expect(isAPIError(error)).toBe(true);
    expect(isErrorKind(error, 'RateLimitError')).toBe(true);
    expect(isErrorKind(error, 'NotFoundError')).toBe(false);
    expect(isErrorKind(error, 'StreamError')).toBe(false);

    const broken: unknown = new StreamError('broken');
    expect(isOpenAIError(broken)).toBe(true);
    expect(isAPIError(broken)).toBe(false);
    expect(isErrorKind(broken, 'StreamError')).toBe(true);
  });

  it('narrow to the class of the kind', () => {
    const error: unknown = rateLimited();
    if (isErrorKind(error, 'RateLimitError')) expectTypeOf(error).toEqualTypeOf<RateLimitError>();
    if (isAPIError(error)) expectTypeOf(error.rateLimit).toEqualTypeOf<core.RateLimit>();
    if (isOpenAIError(error)) expectTypeOf(error).toEqualTypeOf<OpenAIError>();
    // @ts-expect-error a kind no class has is a type error, not a silent false
    isErrorKind(error, 'RateLimitErorr');
  });

  it('answer false for anything else, whatever its name says', () => {
    const lookalike = Object.assign(new Error('nope'), { name: 'APIError', status: 400 });
    const wrongMarker = { [errorKindsKey]: 'APIError' };
    for (const value of [lookalike, wrongMarker, { status: 400 }, 'APIError', 429, null, undefined]) {
      expect(isOpenAIError(value)).toBe(false);
      expect(isAPIError(value)).toBe(false);
      expect(isErrorKind(value, 'APIError')).toBe(false);
    }
  });

  it('tell an error from another realm, where `instanceof Error` fails', async () => {
    const realm = await loadInOtherRealm();
    const error: unknown = vm.runInContext(`new sdk.RateLimitError({ status: 429 }, { message: 'slow down' })`, realm);
    const broken: unknown = vm.runInContext(`new sdk.StreamError('broken')`, realm);
    expect(error instanceof Error).toBe(false);

    expect(isOpenAIError(error)).toBe(true);
    expect(isAPIError(error)).toBe(true);
    expect(isErrorKind(error, 'RateLimitError')).toBe(true);
    expect(isErrorKind(error, 'NotFoundError')).toBe(false);
    expect(isAPIError(broken)).toBe(false);
    expect(isErrorKind(broken, 'StreamError')).toBe(true);
    expect(error).toBeInstanceOf(RateLimitError);
  });

  it('do not tell a structured clone, which keeps only the message', () => {
    const clone: unknown = structuredClone(new StreamError('broken'));
    expect(clone).toMatchObject({ name: 'Error', message: 'broken' });
    expect(isOpenAIError(clone)).toBe(false);
  });

  it('know every error class core exports (its workload-identity entry too), each under its own kind', () => {
    const byKind = {
      OpenAIError,
      ConfigError,
      InvalidInputError,
      InvalidResponseError,
      MissingDependencyError,
      APIError,
      BadRequestError,
      AuthenticationError,
      PermissionDeniedError,
      NotFoundError,
      ConflictError,
      UnprocessableEntityError,
      RateLimitError,
      InternalServerError,
      APIConnectionError,
      APITimeoutError,
      APIUserAbortError,
      StreamError,
      StreamTruncatedError,
      RefusalError,
      TruncatedOutputError,
      OutputParseError,
      JobFailedError,
      JobTimeoutError,
      PaginationLoopError,
      OAuthError,
      SubjectTokenProviderError,
      InvalidTokenReplyError,
      CredentialClosedError,
    } satisfies { [Kind in keyof ErrorKindMap]: { kind: string; prototype: ErrorKindMap[Kind] } };

    for (const [kind, ErrorClass] of Object.entries(byKind)) expect(ErrorClass.kind).toBe(kind);
    const exported = [
      ...Object.values(core),
      ...Object.values(workloadIdentity),
      ...Object.values(workloadIdentityX509),
    ].filter((value) => value === OpenAIError || Object.prototype.isPrototypeOf.call(OpenAIError, value));
    expect(new Set(exported)).toEqual(new Set(Object.values(byKind)));
  });
});
