import { createTestCertificates, type TestCertificates, type TestServerOptions } from '@org/testing';
import type { X509CredentialOptions } from '../workload-identity-x509/x509-credential-options.js';

/** Made once per test file that asks (openssl takes a few hundred ms); never written anywhere lasting. */
let made: Promise<TestCertificates> | undefined;
export function testCertificates(): Promise<TestCertificates> {
  made ??= createTestCertificates();
  return made;
}

/** A test server that takes only clients whose certificate the test CA signed: mutual TLS, as the mTLS API. */
export function mutualTLSServerOptions(certificates: TestCertificates): TestServerOptions {
  return { tls: { ...certificates.server, ca: certificates.ca, requestCert: true } };
}

/**
 * Options of a credential with the test client certificate, trusting the test CA, whose exchanges and calls go to
 * `url` (the test server's): `/oauth/token` and `/v1`.
 */
export function testX509Options(
  certificates: TestCertificates,
  url: string,
  overrides: Partial<X509CredentialOptions> = {},
): X509CredentialOptions {
  return {
    certificateChain: certificates.client.cert,
    privateKey: certificates.client.key,
    identityProviderId: 'idp-x509',
    serviceAccountId: 'sa-x509',
    ca: certificates.ca,
    tokenURL: `${url}/oauth/token`,
    baseURL: `${url}/v1`,
    ...overrides,
  };
}
