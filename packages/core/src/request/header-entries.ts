/** Headers as a user may give them: a record (where `null` removes a header set before) or a `Headers` object. */
export type HeadersLike = Record<string, string | null | undefined> | Headers;

/** The `[name, value]` pairs of `headers`, whichever form it takes. */
export function headerEntries(headers: HeadersLike): Iterable<[string, string | null | undefined]> {
  return headers instanceof Headers ? headers.entries() : Object.entries(headers);
}
