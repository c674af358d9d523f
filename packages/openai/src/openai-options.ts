import { type ClientOptions, ConfigError } from '@org/core';
import { type WorkloadIdentity, withWorkloadIdentity } from '@org/core/workload-identity';

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
};

/** The core client's options for every call but the admin ones. */
export function clientOptionsOf(options: OpenAIOptions): ClientOptions {
  const { adminAPIKey, webhookSecret: _webhookSecret, workloadIdentity, ...clientOptions } = options;
  // As the official client: a provider owns the credentials, so OpenAI's own are refused, naming them.
  if (options.provider && (adminAPIKey ?? workloadIdentity) != null) {
    throw new ConfigError(adminAPIKey == null ? 'workloadIdentity' : 'adminAPIKey', 'not taken with `provider`');
  }
  return withWorkloadIdentity(clientOptions, workloadIdentity);
}

/** The core client's options for the calls that go with the admin key: that key, never the workload identity. */
export function adminClientOptionsOf(options: OpenAIOptions): ClientOptions {
  const { adminAPIKey, webhookSecret: _webhookSecret, workloadIdentity: _workloadIdentity, ...clientOptions } = options;
  // Organization administration is OpenAI's alone: no provider hosts it, and its admin key must not go to one.
  if (options.provider)
    throw new ConfigError('provider', 'no provider serves the admin API; make a client without one');
  return { ...clientOptions, apiKey: adminAPIKey };
}
