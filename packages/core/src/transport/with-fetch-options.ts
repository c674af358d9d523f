import type { Transport } from './transport.js';

/** The transport with the client's `fetchOptions` under every call's own (a call's fields win). */
export function withFetchOptions(transport: Transport, fetchOptions: Record<string, unknown> | undefined): Transport {
  if (fetchOptions === undefined) return transport;
  return (request) => transport({ ...request, fetchOptions: { ...fetchOptions, ...request.fetchOptions } });
}
