import { describe, expect, it } from 'vitest';
import { decodeBase64 } from './decode-base64.js';

describe('decodeBase64', () => {
  it('gives the bytes of a base64 text, padded or not, every byte value included', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => index);
    expect(decodeBase64(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
    expect(decodeBase64('aGk')).toEqual(new Uint8Array([104, 105]));
    expect(decodeBase64('')).toEqual(new Uint8Array());
  });

  it('throws on a character outside base64', () => {
    expect(() => decodeBase64('not base64!')).toThrow();
  });
});
