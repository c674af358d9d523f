import type { TestServer } from '@org/testing';
import type { WorkloadIdentity } from '../workload-identity/workload-identity-options.js';

/** A subject token long enough to be scrubbed, and recognisable wherever it leaks. */
export const SUBJECT_TOKEN = 'eyJ-subject-token-from-the-workload.payload.signature';

/** A token endpoint reply with the access token `openai-access-<n>`. */
export function tokenReply(n: number, expiresIn: number | undefined = 3600) {
  return {
    json: {
      access_token: `openai-access-${n}`,
      issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      token_type: 'Bearer',
      ...(expiresIn === undefined ? {} : { expires_in: expiresIn }),
    },
  };
}

/** A workload identity whose exchanges go to the test server's `/oauth/token`. */
export function testIdentity(server: TestServer, overrides: Partial<WorkloadIdentity> = {}): WorkloadIdentity {
  return {
    identityProviderId: 'idp-123',
    serviceAccountId: 'sa-456',
    provider: { tokenType: 'jwt', getToken: async () => SUBJECT_TOKEN },
    tokenURL: `${server.url}/oauth/token`,
    ...overrides,
  };
}
