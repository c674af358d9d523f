import type { ClientConfig } from '../client/client-config.js';
import { checkHeader } from './check-header.js';
import { type HeadersLike, headerEntries } from './header-entries.js';

/** The client's headers, then the operation's, then the call's; names lowercased, `null` removes one. */
export function buildHeaders(config: ClientConfig, ...layers: (HeadersLike | undefined)[]): Record<string, string> {
  const headers = { ...config.headers };
  for (const layer of layers) {
    if (!layer) continue;
    for (const [name, value] of headerEntries(layer)) {
      const key = name.toLowerCase();
      if (value === null) delete headers[key];
      else if (value !== undefined) headers[key] = checkHeader(`headers.${name}`, name, String(value));
    }
  }
  return headers;
}
