/** What Node's fetch, and so the official `openai` package, asks for over https. */
const ACCEPT_ENCODING = 'br, gzip, deflate';

/**
 * The headers of a request to `url`, asking for a compressed reply when it goes over https and the caller has not
 * asked for something else (`identity` included). Over https, bytes cost time: a large reply (embeddings, lists, batch
 * output) shrinks severalfold, an event stream of chat chunks far more. Plain http in practice means a local or
 * in-cluster server (Ollama, vLLM, a sidecar proxy), where compression costs CPU at both ends and saves nothing worth
 * it: measured in BENCHMARKS.md.
 */
export function withAcceptEncoding(url: string, headers: Record<string, string>): Record<string, string> {
  if (!url.startsWith('https:')) return headers;
  // A `beforeRequest` hook may have set it in any case.
  for (const name in headers) if (name.toLowerCase() === 'accept-encoding') return headers;
  return { ...headers, 'accept-encoding': ACCEPT_ENCODING };
}
