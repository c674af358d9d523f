import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClientConfig } from '../client/client-config.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { trickyText } from '../test-support/tricky-text.js';
import { buildURL } from './build-url.js';
import { isCallOption } from './check-request-options.js';

const config = { baseURL: 'https://api.example.test/v1', defaultQuery: undefined } as ClientConfig;
const text = trickyText(40);

/** Whether `value` is Unicode text, without a lone surrogate, which no URL can carry. */
const isText = (value: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value);

/** The URL, or the `InvalidInputError` that refused it; any other error fails the property. */
function urlOrRefusal(build: () => string): URL | undefined {
  try {
    return new URL(build());
  } catch (error) {
    if (error instanceof InvalidInputError) return undefined;
    throw error;
  }
}

describe('the route of a call, property', () => {
  it('keeps any path parameter inside its own segment, or refuses it', () => {
    fc.assert(
      fc.property(text, text, (first, second) => {
        const url = urlOrRefusal(() =>
          buildURL(config, { method: 'GET', path: '/threads/{a}/runs/{b}', pathParams: { a: first, b: second } }, {}),
        );
        if (!url)
          return ['', '.', '..'].some((bad) => first === bad || second === bad) || !isText(first) || !isText(second);
        const segments = url.pathname.split('/');
        expect(segments.slice(0, 3)).toEqual(['', 'v1', 'threads']);
        expect(segments[4]).toBe('runs');
        expect(segments.map(decodeURIComponent).slice(3)).toEqual([first, 'runs', second]);
        expect(url.search).toBe('');
        expect(url.hash).toBe('');
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it('keeps any query value under its own name, leaving the path as it is, or refuses it', () => {
    const name = text.filter((key) => !isCallOption(key) && !key.endsWith('[]'));
    fc.assert(
      fc.property(name, text, text, (key, value, extra) => {
        const query = Object.fromEntries([[key, value]]);
        const url = urlOrRefusal(() => buildURL(config, { method: 'GET', path: '/files', query }, { extra }));
        if (!url) return !isText(key) || !isText(value) || !isText(extra);
        expect(url.pathname).toBe('/v1/files');
        expect(url.hash).toBe('');
        expect([...url.searchParams]).toEqual(
          key === 'extra'
            ? [['extra', extra]]
            : [
                [key, value],
                ['extra', extra],
              ],
        );
        return true;
      }),
      { numRuns: 500 },
    );
  });
});
