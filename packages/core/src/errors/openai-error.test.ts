import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createResponseMeta } from '../meta/response-meta.js';
import { APIError, createAPIError, NotFoundError, RateLimitError } from './api-error.js';
import { OpenAIError } from './openai-error.js';
import { StreamError } from './stream-error.js';

const apiError = (status: number) => createAPIError(createResponseMeta(status, {}, 1), { message: 'nope' });

describe('OpenAIError instanceof', () => {
  it('does not match a subclass written without its own kind against instances of its parent', () => {
    class ForgetfulError extends APIError {}

    expect(apiError(418)).not.toBeInstanceOf(ForgetfulError);
    expect(apiError(429)).not.toBeInstanceOf(ForgetfulError);

    const forgetful = new ForgetfulError(createResponseMeta(418, {}, 1), undefined);
    expect(forgetful).toBeInstanceOf(ForgetfulError);
    expect(forgetful).toBeInstanceOf(APIError);
    expect(forgetful).toBeInstanceOf(OpenAIError);
    expect(forgetful).not.toBeInstanceOf(RateLimitError);
  });

  it('checks a subclass of a subclass without a kind by its prototype chain too', () => {
    class ForgetfulError extends StreamError {}
    class ForgetfulChild extends ForgetfulError {}

    expect(new ForgetfulChild('broken')).toBeInstanceOf(ForgetfulError);
    expect(new ForgetfulError('broken')).not.toBeInstanceOf(ForgetfulChild);
    expect(new StreamError('broken')).not.toBeInstanceOf(ForgetfulError);
  });

  it('matches a subclass that states its own kind by that kind', () => {
    class ModerationBlockedError extends StreamError {
      static override readonly kind: string = 'ModerationBlockedError';
    }
    const blocked = new ModerationBlockedError('blocked');

    expect(blocked.name).toBe('ModerationBlockedError');
    expect(blocked).toBeInstanceOf(ModerationBlockedError);
    expect(blocked).toBeInstanceOf(StreamError);
    expect(new StreamError('broken')).not.toBeInstanceOf(ModerationBlockedError);
  });

  it('keeps the kinds of its class chain in a marker that is not enumerable and cannot be changed', () => {
    const error = apiError(429);
    expect(Object.getOwnPropertyDescriptor(error, Symbol.for('@org/core.error-kinds'))).toEqual({
      value: ['RateLimitError', 'APIError', 'OpenAIError'],
      enumerable: false,
      writable: false,
      configurable: false,
    });
    expect(error.name).toBe('RateLimitError');
  });

  it('answers false for values that are not SDK errors', () => {
    const lookalike = Object.assign(new Error('nope'), { name: 'APIError', status: 400 });
    for (const value of [lookalike, { status: 400 }, 'APIError', 429, null, undefined]) {
      expect(value).not.toBeInstanceOf(APIError);
      expect(value).not.toBeInstanceOf(OpenAIError);
    }
  });

  it('holds across two copies of the package, for its own classes and for subclasses of them', async () => {
    const built = new URL('../../dist/index', import.meta.url).pathname;
    const cjs = createRequire(import.meta.url)(`${built}.cjs`) as typeof import('../index.js');
    const esm = (await import(/* @vite-ignore */ `${built}.js`)) as typeof import('../index.js');
    expect(cjs.StreamError).not.toBe(esm.StreamError);

    const rateLimited = new cjs.RateLimitError(createResponseMeta(429, {}, 1), undefined);
    expect(rateLimited).toBeInstanceOf(esm.RateLimitError);
    expect(rateLimited).toBeInstanceOf(esm.APIError);
    expect(rateLimited).not.toBeInstanceOf(esm.NotFoundError);
    expect(rateLimited).not.toBeInstanceOf(NotFoundError);

    class ForgetfulError extends cjs.StreamError {}
    expect(new esm.StreamError('broken')).not.toBeInstanceOf(ForgetfulError);
    expect(new cjs.StreamError('broken')).not.toBeInstanceOf(ForgetfulError);
    expect(new ForgetfulError('broken')).toBeInstanceOf(esm.StreamError);
    expect(new ForgetfulError('broken')).toBeInstanceOf(esm.OpenAIError);

    class CommonJSKinded extends cjs.StreamError {
      static override readonly kind: string = 'ModerationBlockedError';
    }
    class ModuleKinded extends esm.StreamError {
      static override readonly kind: string = 'ModerationBlockedError';
    }
    expect(new CommonJSKinded('blocked')).toBeInstanceOf(ModuleKinded);
    expect(new ModuleKinded('blocked')).toBeInstanceOf(CommonJSKinded);
  });
});
