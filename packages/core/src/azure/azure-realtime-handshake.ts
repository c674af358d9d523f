import type { Client } from '../client/client.js';
import type { Handshake, HandshakeOptions } from '../client/handshake.js';

/**
 * The handshake of an Azure realtime socket: the GA endpoint `<endpoint>/openai/v1/realtime`, which takes the
 * deployment as its `model` and no dated `api-version`, as the official package's Azure realtime clients connect. A
 * connection's own `model` (or `call_id`, `intent`) wins over the client's deployment; its headers carry the client's
 * `api-key`, or a fresh Entra ID token as `authorization`.
 */
export function azureRealtimeHandshake(
  client: Client,
  deployment: string | undefined,
  options: HandshakeOptions = {},
): Promise<Handshake> {
  const query: Record<string, unknown> = { 'api-version': undefined, ...options.query };
  const target = query.model ?? query.call_id ?? query.intent;
  if (target === undefined && deployment !== undefined) query.model = deployment;
  const path = client.baseURL.endsWith('/v1') ? '/realtime' : '/v1/realtime';
  return client.handshake(path, { ...options, query });
}
