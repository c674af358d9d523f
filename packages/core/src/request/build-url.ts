import type { ClientConfig } from '../client/client-config.js';
import { fillPath } from './fill-path.js';
import type { RequestSpec } from './request-spec.js';
import { serializeQuery } from './serialize-query.js';

/** Base URL, the filled path, then the client's default query, the operation's and the call's, later ones winning. */
export function buildURL(
  config: ClientConfig,
  spec: RequestSpec,
  extraQuery: Record<string, unknown> | undefined,
): string {
  const url = config.baseURL + fillPath(spec.path, spec.pathParams);
  const query =
    config.defaultQuery || extraQuery ? { ...config.defaultQuery, ...spec.query, ...extraQuery } : spec.query;
  const search = query ? serializeQuery(query) : '';
  return search ? `${url}?${search}` : url;
}
