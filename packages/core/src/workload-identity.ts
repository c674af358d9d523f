export {
  type AzureManagedIdentityOptions,
  azureManagedIdentityTokenProvider,
} from './workload-identity/azure-managed-identity-token-provider.js';
export {
  createWorkloadIdentityKey,
  type WorkloadIdentityKey,
} from './workload-identity/create-workload-identity-key.js';
export type { MetadataRequestOptions } from './workload-identity/fetch-metadata-token.js';
export { type GcpIDTokenOptions, gcpIDTokenProvider } from './workload-identity/gcp-id-token-provider.js';
export { InvalidTokenReplyError } from './workload-identity/invalid-token-reply-error.js';
export {
  type K8sServiceAccountTokenOptions,
  k8sServiceAccountTokenProvider,
} from './workload-identity/k8s-service-account-token-provider.js';
export { OAuthError, type OAuthErrorBody } from './workload-identity/oauth-error.js';
export { SubjectTokenProviderError } from './workload-identity/subject-token-provider-error.js';
export { withWorkloadIdentity } from './workload-identity/with-workload-identity.js';
export { withX509Credential } from './workload-identity/with-x509-credential.js';
export type {
  SubjectTokenProvider,
  TokenExchangeOptions,
  WorkloadIdentity,
} from './workload-identity/workload-identity-options.js';
export type { X509Credential } from './workload-identity/x509-credential.js';
