const secretHeaders = new Set([
  'authorization',
  'proxy-authorization',
  'api-key',
  'x-api-key',
  'cookie',
  'set-cookie',
  'x-amz-security-token',
]);

/** A copy of `headers` safe to log: credential-bearing values replaced by `***`. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const safe: Record<string, string> = {};
  for (const name in headers) safe[name] = secretHeaders.has(name.toLowerCase()) ? '***' : headers[name]!;
  return safe;
}

/**
 * The credentials in `headers`, to scrub from anything a server sends back: each secret header's value, and the
 * token of an `authorization` one without its scheme.
 */
export function headerSecrets(headers: Record<string, string>): string[] {
  const secrets: string[] = [];
  for (const name in headers) {
    if (!secretHeaders.has(name.toLowerCase())) continue;
    const value = headers[name]!;
    secrets.push(value, value.slice(value.indexOf(' ') + 1));
  }
  return secrets.filter((secret) => secret.length >= 8);
}
