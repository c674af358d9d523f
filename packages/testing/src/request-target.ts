export interface RequestTarget {
  /** Raw path (percent-encoding preserved), without the query string. */
  path: string;
  /** The path with a leading `/v1` segment removed. */
  routePath: string;
  query: URLSearchParams;
}

/** Splits a raw request-target without decoding it, so encoded characters such as `%2F` survive. */
export function parseRequestTarget(rawUrl: string): RequestTarget {
  let target = rawUrl;
  // absolute-form, as sent to proxies: keep only the path and query
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(target);
  if (scheme) target = target.slice(scheme[0].length) || '/';
  const hash = target.indexOf('#');
  if (hash !== -1) target = target.slice(0, hash);
  const question = target.indexOf('?');
  const path = question === -1 ? target : target.slice(0, question);
  const search = question === -1 ? '' : target.slice(question + 1);
  return { path, routePath: stripV1(path), query: new URLSearchParams(search) };
}

function stripV1(path: string): string {
  if (path === '/v1') return '/';
  return path.startsWith('/v1/') ? path.slice(3) : path;
}
