import { type Client, type ClientOptions, ConfigError } from '@org/core';
import { type AzureClient, type AzureClientOptions, createAzureClient } from '@org/core/azure';
import { dropReplacedAzureOptions } from '@org/core/internal';
import { OpenAI } from './generated/index.js';

/** Options of `new AzureOpenAI()`, as in the official package: `createAzureClient`'s, and the webhooks' secret. */
export type AzureOpenAIOptions = AzureClientOptions & {
  /** Secret of `openai.webhooks` (`whsec_…`); defaults to `OPENAI_WEBHOOK_SECRET`. */
  webhookSecret?: string | undefined;
};

/**
 * Every resource under the official method paths, sent to Azure OpenAI: `new AzureOpenAI({ endpoint, apiVersion,
 * deployment, apiKey | azureADTokenProvider })`. Its `client` is an `AzureClient`, which the per-resource packages'
 * functions and helpers take as they take any client.
 */
export class AzureOpenAI extends OpenAI {
  declare readonly client: AzureClient;
  readonly #options: AzureOpenAIOptions;

  constructor(options: AzureOpenAIOptions = {}) {
    if ((options as { dataResidency?: unknown }).dataResidency != null) {
      throw new ConfigError('dataResidency', 'Azure OpenAI is addressed by its `endpoint`; it has no OpenAI regions');
    }
    super(options);
    this.#options = options;
  }

  /** The `api-version` every call sends. */
  get apiVersion(): string {
    return this.client.apiVersion;
  }

  /** The deployment of deployment-scoped calls, when the client has one (else each call's `model` names it). */
  get deploymentName(): string | undefined {
    return this.client.deployment;
  }

  protected override newClient(options: ClientOptions): Client {
    return createAzureClient(options as AzureClientOptions);
  }

  /** Azure OpenAI has no organization admin API: `admin` fails naming the option that would need one. */
  override get adminClient(): Client {
    throw new ConfigError('adminAPIKey', 'Azure OpenAI has no organization admin API; use new OpenAI({ adminAPIKey })');
  }

  /** A new client with these options over this one's; an address or credential given replaces the other form of it. */
  override withOptions(overrides: AzureOpenAIOptions): AzureOpenAI {
    return new AzureOpenAI({ ...dropReplacedAzureOptions(this.#options, overrides), ...overrides });
  }
}
