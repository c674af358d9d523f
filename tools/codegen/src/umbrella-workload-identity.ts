/**
 * What the umbrella takes from `@org/core/workload-identity`: the official `workloadIdentity` option, turned into the
 * core client's `apiKey` provider by the hand-written `withWorkloadIdentity`. Kept here so the umbrella's generator
 * names it once.
 */
export const umbrellaWorkloadIdentity = {
  importLine: "import { type WorkloadIdentity, withWorkloadIdentity } from '@org/core/workload-identity';",
  option: [
    '/**',
    ' * Authenticate as an OpenAI service account through workload identity federation instead of an API key: the',
    " * provider's token (Kubernetes, Azure, GCP or your own) is exchanged for short-lived access tokens, renewed before",
    ' * they expire. Mutually exclusive with `apiKey`; `OPENAI_API_KEY` is then not needed.',
    ' */',
    'workloadIdentity?: WorkloadIdentity | undefined;',
  ].join('\n'),
  /** The constructor's options, less the umbrella's own, as the core client takes them. */
  clientOptionsLines: [
    '  const { adminAPIKey: _adminAPIKey, webhookSecret: _webhookSecret, workloadIdentity, ...clientOptions } = options;',
    '  this.client = this.newClient(withWorkloadIdentity(clientOptions, workloadIdentity));',
  ],
  /** The admin client's options: the admin key, never the workload identity. */
  adminOptionsLine:
    '    const { adminAPIKey, webhookSecret: _webhookSecret, workloadIdentity: _workloadIdentity, ...clientOptions } = this.#options;',
} as const;
