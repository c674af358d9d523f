/**
 * Names of headers and query parameters that carry credentials: `authorization`, `api-key`, `x-api-key`, `cookie`,
 * `access_token`, Azure's `sig`, and any other name with one of these words in it, but for the rate limits and a
 * retry's `idempotency-key`, which are no secrets and are worth seeing in a log.
 */
const SECRET_NAME =
  /^(?!x-ratelimit-|idempotency-key$).*(auth|key|token|secret|passw|cookie|session|credential)|^(.*[-_])?sig/;

/** Whether `name` carries a credential: by the rule above, or because it is among `extra` (lowercase). */
export function isSecretName(name: string, extra?: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return SECRET_NAME.test(lower) || !!extra?.includes(lower);
}
