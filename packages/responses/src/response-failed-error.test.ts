import { APIError, isErrorKind, isOpenAIError } from '@org/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ResponseFailedError } from './response-failed-error.js';
import { fakeResponse } from './test-support/fixtures.js';

describe('ResponseFailedError', () => {
  const failed = () =>
    new ResponseFailedError(fakeResponse({ status: 'failed', error: { code: 'server_error', message: 'Boom' } }));

  it('is an SDK error of its own kind', () => {
    const error: unknown = failed();
    expect(error).toBeInstanceOf(ResponseFailedError);
    expect(error).not.toBeInstanceOf(APIError);
    expect(isOpenAIError(error)).toBe(true);
    expect(isErrorKind(error, 'ResponseFailedError')).toBe(true);
    expect(isErrorKind(error, 'APIError')).toBe(false);
  });

  it('is named to isErrorKind, which narrows to it', () => {
    const error: unknown = failed();
    if (isErrorKind(error, 'ResponseFailedError')) expectTypeOf(error.code).toEqualTypeOf<string | null>();
    expect(isErrorKind(error, 'ResponseFailedError') && error.code).toBe('server_error');
  });
});
