import type { ClientConfig } from '../client/client-config.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { isCallOption } from './check-request-options.js';
import { fillPath } from './fill-path.js';
import type { RequestSpec } from './request-spec.js';
import { serializeQuery } from './serialize-query.js';
import { UNSENDABLE } from './unsendable-value.js';

/**
 * Base URL, the filled path, then the client's default query, the operation's and the call's, later ones winning. No
 * operation has a query parameter named like a call option, so one in the operation's query was put there by mistake
 * (`listFiles(client, { timeout })`): it is refused, naming it, rather than sent.
 */
export function buildURL(
  config: ClientConfig,
  spec: RequestSpec,
  extraQuery: Record<string, unknown> | undefined,
): string {
  for (const name in spec.query) {
    if (isCallOption(name)) throw new InvalidInputError(`query.${name}`, UNSENDABLE);
  }
  const url = config.baseURL + fillPath(spec.path, spec.pathParams);
  const query =
    config.defaultQuery || extraQuery ? { ...config.defaultQuery, ...spec.query, ...extraQuery } : spec.query;
  const search = query ? serializeQuery(query) : '';
  return search ? `${url}?${search}` : url;
}
