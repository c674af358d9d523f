import { type ClientOptions, ConfigError } from '@org/core';
import {
  type WorkloadIdentity,
  withWorkloadIdentity,
  withX509Credential,
  type X509Credential,
} from '@org/core/workload-identity';

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
   * Authenticate as an OpenAI service account with an X.509 client certificate (Node only): the credential of
   * `workloadIdentity.fromX509()` from `@org/openai/auth/x509-transport`. Every call but the admin ones then goes over
   * mutual TLS to `https://mtls.api.openai.com/v1` with its access tokens. Not with `apiKey`, `workloadIdentity`, a
   * `baseURL` at another origin, `fetch` or `dispatcher`; `OPENAI_API_KEY`, `OPENAI_BASE_URL`, `OPENAI_ORG_ID` and
   * `OPENAI_PROJECT_ID` are not read (pass `project` if the service account needs one).
   */
  credential?: X509Credential | null | undefined;
};

/** The core client's options for every call but the admin ones. */
export function clientOptionsOf(options: OpenAIOptions): ClientOptions {
  const {
    adminAPIKey: _adminAPIKey,
    webhookSecret: _webhookSecret,
    workloadIdentity,
    credential,
    ...clientOptions
  } = options;
  if (credential == null) return withWorkloadIdentity(clientOptions, workloadIdentity);
  if (workloadIdentity != null) {
    throw new ConfigError('credential', '`workloadIdentity` and `credential` are mutually exclusive; give one');
  }
  return withX509Credential(clientOptions, credential);
}

/**
 * The core client's options for the calls that go with the admin key: that key, never the workload identity or the
 * certificate credential, nor the base URL that goes with the credential's.
 */
export function adminClientOptionsOf(options: OpenAIOptions): ClientOptions {
  const {
    adminAPIKey,
    webhookSecret: _webhookSecret,
    workloadIdentity: _workloadIdentity,
    credential,
    ...clientOptions
  } = options;
  if (credential != null) clientOptions.baseURL = undefined;
  return { ...clientOptions, apiKey: adminAPIKey };
}
