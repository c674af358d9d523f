import { type ClientOptions, ConfigError } from '@org/core';
import { type WorkloadIdentity, withWorkloadIdentity } from '@org/core/workload-identity';
import { type DataResidency, dataResidencyBaseURL } from './data-residency.js';

/** Options for `new OpenAI()`: the core client's, plus those the official client takes on top of them. */
export type OpenAIOptions = ClientOptions & {
  /**
   * Key for `openai.admin` and the other calls the official package sends with its admin key
   * (`openai.fineTuning.checkpoints`); defaults to `OPENAI_ADMIN_KEY`.
   */
  adminAPIKey?: string | undefined;
  /** Secret of `openai.webhooks` (`whsec_…`, as in the official package); defaults to `OPENAI_WEBHOOK_SECRET`. */
  webhookSecret?: string | undefined;
  /**
   * Authenticate as an OpenAI service account through workload identity federation instead of an API key: the
   * provider's token (Kubernetes, Azure, GCP or your own) is exchanged for short-lived access tokens, renewed before
   * they expire. Mutually exclusive with `apiKey`; `OPENAI_API_KEY` is then not needed.
   */
  workloadIdentity?: WorkloadIdentity | undefined;
  /**
   * Send every call to the API host of one region (`'eu'` → `https://eu.api.openai.com/v1`), over `OPENAI_BASE_URL`.
   * Mutually exclusive with `baseURL`; which regions serve a project and model is the API's to say, and a call is
   * never sent elsewhere instead.
   */
  dataResidency?: DataResidency | null | undefined;
};

/** The umbrella's options with the core client's own in place of those that stand for them. */
function coreOptionsOf(
  options: OpenAIOptions,
): ClientOptions & Pick<OpenAIOptions, 'adminAPIKey' | 'workloadIdentity'> {
  const { webhookSecret: _webhookSecret, dataResidency, ...coreOptions } = options;
  if (dataResidency === undefined || dataResidency === null) return coreOptions;
  if (options.baseURL !== undefined) {
    throw new ConfigError('dataResidency', '`baseURL` and `dataResidency` are mutually exclusive; give one');
  }
  return { ...coreOptions, baseURL: dataResidencyBaseURL(dataResidency) };
}

/** The core client's options for every call but the admin ones. */
export function clientOptionsOf(options: OpenAIOptions): ClientOptions {
  const { adminAPIKey: _adminAPIKey, workloadIdentity, ...clientOptions } = coreOptionsOf(options);
  return withWorkloadIdentity(clientOptions, workloadIdentity);
}

/** The core client's options for the calls that go with the admin key: that key, never the workload identity. */
export function adminClientOptionsOf(options: OpenAIOptions): ClientOptions {
  const { adminAPIKey, workloadIdentity: _workloadIdentity, ...clientOptions } = coreOptionsOf(options);
  return { ...clientOptions, apiKey: adminAPIKey };
}

/**
 * The options of `openai.withOptions(overrides)`: the overrides over these, where a new address replaces the other
 * form of it (a `baseURL` given replaces the `dataResidency` these have, and the other way round).
 */
export function overriddenOptions(options: OpenAIOptions, overrides: OpenAIOptions): OpenAIOptions {
  const { baseURL, dataResidency, ...kept } = options;
  const address = overrides.baseURL !== undefined || overrides.dataResidency != null ? {} : { baseURL, dataResidency };
  return { ...kept, ...address, ...overrides };
}
