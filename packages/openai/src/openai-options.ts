import { type ClientOptions, ConfigError } from '@org/core';
import {
  type WorkloadIdentity,
  withWorkloadIdentity,
  withX509Credential,
  type X509Credential,
} from '@org/core/workload-identity';
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
   * Authenticate as an OpenAI service account with an X.509 client certificate (Node only): the credential of
   * `workloadIdentity.fromX509()` from `@org/openai/auth/x509-transport`. Every call but the admin ones then goes over
   * mutual TLS to `https://mtls.api.openai.com/v1` with its access tokens. Not with `apiKey`, `workloadIdentity`,
   * `dataResidency`, `provider`, a `baseURL` at another origin, `fetch` or `dispatcher`; `OPENAI_API_KEY`,
   * `OPENAI_BASE_URL`, `OPENAI_ORG_ID` and `OPENAI_PROJECT_ID` are not read (pass `project` if the service account
   * needs one).
   */
  credential?: X509Credential | null | undefined;
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
): ClientOptions & Pick<OpenAIOptions, 'adminAPIKey' | 'workloadIdentity' | 'credential'> {
  const { webhookSecret: _webhookSecret, dataResidency, ...coreOptions } = options;
  if (dataResidency === undefined || dataResidency === null) return coreOptions;
  if (options.baseURL !== undefined) {
    throw new ConfigError('dataResidency', '`baseURL` and `dataResidency` are mutually exclusive; give one');
  }
  if (options.credential != null) {
    throw new ConfigError('dataResidency', '`dataResidency` and `credential` are mutually exclusive; give one');
  }
  return { ...coreOptions, baseURL: dataResidencyBaseURL(dataResidency) };
}

/** The core client's options for every call but the admin ones. */
export function clientOptionsOf(options: OpenAIOptions): ClientOptions {
  const { adminAPIKey, workloadIdentity, credential, ...clientOptions } = coreOptionsOf(options);
  // As the official client: a provider owns the credentials and the address, so OpenAI's own are refused, naming them.
  if (options.provider && (adminAPIKey ?? workloadIdentity ?? options.dataResidency) != null) {
    const name = adminAPIKey != null ? 'adminAPIKey' : workloadIdentity != null ? 'workloadIdentity' : 'dataResidency';
    throw new ConfigError(name, 'not taken with `provider`');
  }
  // The workload identity's key provider is an `apiKey`, which the credential refuses beside it.
  return withX509Credential(withWorkloadIdentity(clientOptions, workloadIdentity), credential);
}

/**
 * The core client's options for the calls that go with the admin key: that key, never the workload identity or the
 * certificate credential, nor the credential's address.
 */
export function adminClientOptionsOf(options: OpenAIOptions): ClientOptions {
  // Organization administration is OpenAI's alone: no provider hosts it, and its admin key must not go to one.
  if (options.provider)
    throw new ConfigError('provider', 'no provider serves the admin API; make a client without one');
  const { adminAPIKey, workloadIdentity: _workloadIdentity, credential, ...clientOptions } = coreOptionsOf(options);
  if (credential != null) clientOptions.baseURL = undefined;
  return { ...clientOptions, apiKey: adminAPIKey };
}

/**
 * The options of `openai.withOptions(overrides)`: the overrides over these, where a new address replaces the other
 * form of it (a `baseURL` given replaces the `dataResidency` these have, and the other way round), and a new way in
 * (an `apiKey` or a `workloadIdentity` where these have a `credential`, or a `credential` where they have another way)
 * replaces the old one with all that went with it, as the official client does: its address, organization, project,
 * transport and provider.
 */
export function overriddenOptions(options: OpenAIOptions, overrides: OpenAIOptions): OpenAIOptions {
  const { baseURL, dataResidency, ...kept } = options;
  if (switchesCredential(options, overrides)) {
    for (const name of boundToCredential) delete kept[name];
    return { ...kept, ...overrides };
  }
  const address = overrides.baseURL !== undefined || overrides.dataResidency != null ? {} : { baseURL, dataResidency };
  return { ...kept, ...address, ...overrides };
}

/** What goes with a way in, and out with it (besides the address). */
const boundToCredential = [
  'apiKey',
  'workloadIdentity',
  'credential',
  'organization',
  'project',
  'fetch',
  'dispatcher',
  'provider',
] as const satisfies (keyof OpenAIOptions)[];

function switchesCredential(options: OpenAIOptions, overrides: OpenAIOptions): boolean {
  if (overrides.credential != null) return overrides.credential !== options.credential;
  return options.credential != null && (overrides.apiKey != null || overrides.workloadIdentity != null);
}
