/** `x-should-retry` decides when the server sends it; otherwise 408, 409, 429 and any 5xx are worth another try. */
export function isRetryableStatus(status: number, headers: Record<string, string>): boolean {
  const hint = headers['x-should-retry'];
  if (hint === 'true') return true;
  if (hint === 'false') return false;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}
