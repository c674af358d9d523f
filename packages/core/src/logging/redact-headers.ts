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
