// `openai/auth`: the subject token providers of workload identity federation, and its errors and types.
export {
  type AzureManagedIdentityOptions,
  azureManagedIdentityTokenProvider,
  type GcpIDTokenOptions,
  gcpIDTokenProvider,
  type K8sServiceAccountTokenOptions,
  k8sServiceAccountTokenProvider,
  OAuthError,
  type SubjectTokenProvider,
  SubjectTokenProviderError,
  type WorkloadIdentity,
} from '@org/core/workload-identity';
