import { MissingWebhookHeaderError } from './webhook-errors.js';

/** A delivery's headers: a `Headers` (a fetch `Request`'s) or a record (Node's `IncomingHttpHeaders`, any case). */
export type WebhookHeaders = Headers | Record<string, string | readonly string[] | undefined>;

/** The value of header `name` (lowercase), or a `MissingWebhookHeaderError`; a repeated header's values joined. */
export function requireWebhookHeader(headers: WebhookHeaders, name: string): string {
  let value: string | readonly string[] | null | undefined;
  if (headers instanceof Headers) value = headers.get(name);
  else {
    for (const key in headers) if (key.toLowerCase() === name) value = headers[key];
  }
  const text = typeof value === 'string' ? value : value?.join(' ');
  if (!text) throw new MissingWebhookHeaderError(name);
  return text;
}
