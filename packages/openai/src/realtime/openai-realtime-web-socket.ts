import type { RealtimeConnectOptions } from '@org/realtime';
import {
  type OfficialRealtimeConnection,
  openOfficialRealtime,
  type RealtimeClientSource,
} from './official-realtime-connection.js';

export interface OpenAIRealtimeWebSocket extends OfficialRealtimeConnection {}

/**
 * `OpenAIRealtimeWebSocket` of the official `openai/realtime/websocket`: the same connection as `OpenAIRealtimeWS`
 * (`connectRealtime` from `@org/realtime`), whose WebSocket is the environment's: the platform's in browsers, workers,
 * Deno and Bun, where the key goes as a subprotocol (an ephemeral `ek_…` secret), `ws` or Node's own in Node.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: see the interface above
export class OpenAIRealtimeWebSocket {
  constructor(props: RealtimeConnectOptions = {}, client?: RealtimeClientSource) {
    // biome-ignore lint/correctness/noConstructorReturn: the instance is the connection, so every member is its own
    return openOfficialRealtime(props, client) as OpenAIRealtimeWebSocket;
  }

  /** The official factory: the client first. */
  static async create(
    client: RealtimeClientSource,
    props: RealtimeConnectOptions = {},
  ): Promise<OpenAIRealtimeWebSocket> {
    return new OpenAIRealtimeWebSocket(props, client);
  }

  /** The official factory for `AzureOpenAI`: its deployment unless `props` names another. */
  static async azure(
    client: RealtimeClientSource,
    props: RealtimeConnectOptions = {},
  ): Promise<OpenAIRealtimeWebSocket> {
    return new OpenAIRealtimeWebSocket(props, client);
  }
}
