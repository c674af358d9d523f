import type { Client } from '../client/client.js';
import type { AzureClientOptions } from './azure-client-options.js';

/** A core `Client` for Azure OpenAI: every package's functions, streams and the realtime client take it as they are. */
export interface AzureClient extends Client {
  /** The `api-version` every call sends. */
  readonly apiVersion: string;
  /** The deployment of deployment-scoped calls, when the client has one; otherwise each call's `model` names it. */
  readonly deployment: string | undefined;
  /** An Azure client with some options changed; an address or credential given replaces the other form of it. */
  withOptions(options: AzureClientOptions): AzureClient;
}
