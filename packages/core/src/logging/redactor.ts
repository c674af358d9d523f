import { headerSecrets } from './redact-headers.js';

/** `\uXXXX` escapes of printable ASCII, and `\/`: how JSON may spell a key so that the raw text does not contain it. */
const ESCAPED = /\\u00([2-7][0-9a-f])|\\\//gi;

/**
 * Scrubs the credentials in `headers` (and in those `extra` names) from text a server sends back, in case it echoes
 * them, even spelled with JSON escapes (`sk\u002D…`): those are decoded first, all but `"` and `\`, which keeps JSON
 * text valid and meaning the same. The credentials are looked for only when there is such text, an error, so a call
 * that succeeds never pays for it.
 */
export function redactor(headers: Record<string, string>, extra?: readonly string[]): (text: string) => string {
  let secrets: string[] | undefined;
  return (text) => {
    secrets ??= headerSecrets(headers, extra);
    const decoded = text.replace(ESCAPED, (escape, hex?: string) => {
      if (hex === undefined) return '/';
      const char = String.fromCharCode(Number.parseInt(hex, 16));
      return char === '"' || char === '\\' || char === '\x7f' ? escape : char;
    });
    return secrets.reduce((scrubbed, secret) => scrubbed.replaceAll(secret, '[redacted]'), decoded);
  };
}
