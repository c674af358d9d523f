import { type HeadersLike, headerEntries } from './header-entries.js';
import type { RequestOptions } from './request-options.js';

/**
 * A call's options with `headers` beneath its own: what a method sends for a params field that travels as a header
 * (`betas` as `openai-beta`), which a header the caller gives still replaces. Unset values add nothing.
 */
export function withHeaders(
  options: RequestOptions | undefined,
  headers: Record<string, unknown>,
): RequestOptions | undefined {
  const layer: Record<string, string | null | undefined> = {};
  // A list goes comma-separated, as the official client sends `betas`.
  for (const [name, value] of Object.entries(headers)) if (value != null) layer[name] = String(value);
  if (Object.keys(layer).length === 0) return options;
  const own: HeadersLike = options?.headers ?? {};
  for (const [name, value] of headerEntries(own)) layer[name.toLowerCase()] = value;
  return { ...options, headers: layer };
}
