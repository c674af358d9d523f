// Workload identity federation as the official README shows it, with only the import changed: clients that need no
// API key. Constructing one sends nothing; the token exchange waits for the first call.
import OpenAI from '@org/openai';
import {
  azureManagedIdentityTokenProvider,
  gcpIDTokenProvider,
  k8sServiceAccountTokenProvider,
} from '@org/openai/auth';

const client = new OpenAI({
  workloadIdentity: {
    identityProviderId: 'idp-123',
    serviceAccountId: 'sa-456',
    provider: k8sServiceAccountTokenProvider('/var/run/secrets/kubernetes.io/serviceaccount/token'),
    refreshBufferSeconds: 120.0, // optional
  },
});

const withCustomProvider = new OpenAI({
  workloadIdentity: {
    identityProviderId: 'idp-123',
    serviceAccountId: 'sa-456',
    provider: { tokenType: 'jwt', getToken: async () => 'your-jwt-token' },
  },
});

for (const provider of [azureManagedIdentityTokenProvider(), gcpIDTokenProvider()]) {
  console.log(provider.tokenType);
}
console.log(client instanceof OpenAI && withCustomProvider instanceof OpenAI);
