import { headerSecrets } from './redact-headers.js';

/**
 * Scrubs the credentials in `headers` (and in those `extra` names) from text a server sends back, in case it echoes
 * them, even spelled with JSON escapes (`sk\u002D…`): escapes of printable ASCII are decoded first, all but `"` and
 * `\`, which keeps JSON text valid and meaning the same. The credentials are looked for only when there is such text,
 * an error, so a call that succeeds never pays for it.
 */
export function redactor(headers: Record<string, string>, extra?: readonly string[]): (text: string) => string {
  let secrets: string[] | undefined;
  return (text) => {
    secrets ??= headerSecrets(headers, extra);
    const decoded = text.replace(
      /\\u00(2[013-9a-f]|[346][0-9a-f]|5[0-9abd-f]|7[0-9a-e])|\\(\/)/gi,
      (_, hex, slash) => slash ?? String.fromCharCode(Number.parseInt(hex, 16)),
    );
    return secrets.reduce((scrubbed, secret) => scrubbed.replaceAll(secret, '[redacted]'), decoded);
  };
}
