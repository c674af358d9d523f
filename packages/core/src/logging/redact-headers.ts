import { isSecretName } from './is-secret-name.js';

/** A copy of `headers` safe to log: credential-bearing values replaced by `***`. */
export function redactHeaders(headers: Record<string, string>, extra?: readonly string[]): Record<string, string> {
  const safe: Record<string, string> = {};
  for (const name in headers) safe[name] = isSecretName(name, extra) ? '***' : headers[name]!;
  return safe;
}

/**
 * The credentials in `headers`, to scrub from anything a server sends back: each secret header's value, and the
 * token of one with a scheme (`Bearer …`) without it.
 */
export function headerSecrets(headers: Record<string, string>, extra?: readonly string[]): string[] {
  const secrets: string[] = [];
  for (const name in headers) {
    if (!isSecretName(name, extra)) continue;
    const value = headers[name]!;
    secrets.push(value, value.slice(value.indexOf(' ') + 1));
  }
  return secrets.filter((secret) => secret.length >= 8);
}
