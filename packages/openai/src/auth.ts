// `openai/auth`: the subject token providers of workload identity federation, and its errors and types (the X.509
// credential's too; `fromX509` itself is Node only, in `openai/auth/x509-transport`).
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
  type X509Credential,
} from '@org/core/workload-identity';
