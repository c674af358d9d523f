import type { RecordedRequest } from '@org/testing';

/**
 * A request as the API reads it. Left out: what each client adds of its own (user agent, `x-stainless-*`,
 * `idempotency-key`, `accept`, `content-length`), and a multipart boundary.
 */
export interface RequestWire {
  method: string;
  path: string;
  /** `name=value` pairs, sorted. */
  query: string[];
  authorization: string | undefined;
  openaiBeta: string | undefined;
  contentType: string | undefined;
  /** Parsed JSON, multipart parts in order (a file by its size), else the byte count of a body. */
  body: unknown;
  /** The headers asked for by name (`idempotency-key` when the caller sets it). */
  headers: Record<string, string | undefined>;
}

export function requestWire(request: RecordedRequest, headerNames: readonly string[] = []): RequestWire {
  const header = (name: string) => request.headers[name];
  const contentType = header('content-type')?.split(';')[0];
  let body: unknown;
  if (contentType === 'application/json') body = request.json();
  else if (contentType === 'multipart/form-data') {
    body = (request.parts ?? []).map((part) =>
      part.filename === undefined
        ? { name: part.name, text: part.text() }
        : { name: part.name, file: true, size: part.size },
    );
  } else body = request.bodySize === 0 ? undefined : request.bodySize;
  return {
    method: request.method,
    path: request.path,
    query: [...request.query].map(([name, value]) => `${name}=${value}`).sort(),
    authorization: header('authorization'),
    openaiBeta: header('openai-beta'),
    contentType,
    body,
    headers: Object.fromEntries(headerNames.map((name) => [name, header(name)])),
  };
}
