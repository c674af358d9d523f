// Node only: X.509 workload identity federation, a client certificate in place of an API key.
export { CredentialClosedError } from './workload-identity/credential-closed-error.js';
export { withX509Credential } from './workload-identity/with-x509-credential.js';
export type { X509Credential } from './workload-identity/x509-credential.js';
export { createX509Credential } from './workload-identity-x509/create-x509-credential.js';
export type {
  X509CredentialOptions,
  X509CredentialProxyOptions,
} from './workload-identity-x509/x509-credential-options.js';
