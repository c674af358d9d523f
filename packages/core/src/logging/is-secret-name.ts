/**
 * Names of headers and query parameters that carry credentials: `authorization`, `api-key`, `x-api-key`, `cookie`,
 * `access_token`, Azure's `sig`, and any other name with one of these words in it.
 */
const SECRET_NAME = /auth|key|token|secret|passw|cookie|session|credential|(^|[-_])sig/;
/** What those words catch but is no secret, and is worth seeing in a log: the rate limits, a retry's key. */
const PLAIN_NAME = /^(x-ratelimit-|idempotency-key$)/;

/** Whether `name` carries a credential: by the rules above, or because it is among `extra` (lowercase). */
export function isSecretName(name: string, extra?: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return (SECRET_NAME.test(lower) && !PLAIN_NAME.test(lower)) || (extra?.includes(lower) ?? false);
}
