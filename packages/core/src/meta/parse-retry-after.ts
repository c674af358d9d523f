/**
 * How long the server asked us to wait, in milliseconds: `retry-after-ms` first,
 * then `retry-after` as seconds or as an HTTP date. Null when neither is usable.
 */
export function parseRetryAfter(headers: Record<string, string>, now = Date.now()): number | null {
  const milliseconds = Number.parseFloat(headers['retry-after-ms'] ?? '');
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;

  const retryAfter = headers['retry-after'];
  if (!retryAfter) return null;
  if (/^\s*\d+(\.\d+)?\s*$/.test(retryAfter)) return Number.parseFloat(retryAfter) * 1000;
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
