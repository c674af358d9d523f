import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.js';
import { ConfigError } from '../errors/config-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { trickyText } from '../test-support/tricky-text.js';

/** A header value with a CR or an LF somewhere in it: one that could smuggle in another header. */
const smuggling = fc
  .tuple(trickyText(10), fc.constantFrom('\r', '\n', '\r\n'), trickyText(10))
  .map(([before, lineBreak, after]) => `${before}${lineBreak}${after}`);

describe('header values, property', () => {
  it('with a CR or LF are refused, naming the header, as a client option and as a call option', async () => {
    // Nothing listens here: a call that got past the checks would fail otherwise.
    const client = createClient({ apiKey: 'sk-test', baseURL: 'http://127.0.0.1:9/v1', maxRetries: 0 });
    await fc.assert(
      fc.asyncProperty(smuggling, async (value) => {
        expect(() => createClient({ apiKey: 'sk-test', defaultHeaders: { 'x-note': value } })).toThrow(ConfigError);
        expect(() => createClient({ apiKey: value })).toThrow(ConfigError);
        const call = client.request({ method: 'POST', path: '/files' }, { headers: { 'x-note': value } });
        await expect(call).rejects.toThrow(InvalidInputError);
        await expect(call).rejects.toThrow('`headers.x-note`');
        const keyed = client.request({ method: 'POST', path: '/files' }, { idempotencyKey: value });
        await expect(keyed).rejects.toThrow('`options.idempotencyKey`');
      }),
      { numRuns: 300 },
    );
  });
});
