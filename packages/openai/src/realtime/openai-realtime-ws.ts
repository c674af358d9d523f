import type { RealtimeConnectOptions } from '@org/realtime';
import {
  type OfficialRealtimeConnection,
  openOfficialRealtime,
  type RealtimeClientSource,
} from './official-realtime-connection.js';

export interface OpenAIRealtimeWS extends OfficialRealtimeConnection {}

/**
 * `OpenAIRealtimeWS` of the official `openai/realtime/ws`: a realtime connection over `ws` in Node (Node 22+'s own
 * WebSocket without it), made by `connectRealtime` from `@org/realtime` with the client given (else one from the
 * environment). `props` are `connectRealtime`'s options (`model`, `session`, `tools`, ...). Also exported as
 * `OpenAIRealtimeWebSocket` from `@org/openai/realtime/websocket`: the WebSocket is the environment's either way.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: see the interface above
export class OpenAIRealtimeWS {
  constructor(props: RealtimeConnectOptions = {}, client?: RealtimeClientSource) {
    // biome-ignore lint/correctness/noConstructorReturn: the instance is the connection, so every member is its own
    return openOfficialRealtime(props, client) as OpenAIRealtimeWS;
  }

  /** The official factory: the client first. */
  static async create(client: RealtimeClientSource, props: RealtimeConnectOptions = {}): Promise<OpenAIRealtimeWS> {
    return new OpenAIRealtimeWS(props, client);
  }

  /** The official factory for `AzureOpenAI`: its deployment unless `props` names another. */
  static async azure(client: RealtimeClientSource, props: RealtimeConnectOptions = {}): Promise<OpenAIRealtimeWS> {
    return new OpenAIRealtimeWS(props, client);
  }
}
