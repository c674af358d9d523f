// The official README's X.509 program, run as an app runs it (a child process on the builds, nothing else keeping it
// alive) against a local server that requires and verifies the client certificate: it prints its result and exits
// by itself once `credential.close()` resolved, with no socket or timer left behind.
import { createTestCertificates } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { expect, it } from 'vitest';
import { repoRoot } from './support/repo-root.js';
import { runCommand } from './support/run-command.js';

const certificates = await createTestCertificates();
const server = useTestServer({ tls: { ...certificates.server, ca: certificates.ca, requestCert: true } });

/** The README's program; only the local server's CA and URLs are added to its options. */
const readmeProgram = `
import OpenAI from '@org/openai';
import { workloadIdentity } from '@org/openai/auth/x509-transport';
const credential = workloadIdentity.fromX509({
  certificateChain: process.env['OPENAI_X509_CLIENT_CERTIFICATE_CHAIN_PEM'],
  privateKey: process.env['OPENAI_X509_CLIENT_PRIVATE_KEY_PEM'],
  identityProviderId: process.env['OPENAI_X509_IDENTITY_PROVIDER_ID'],
  serviceAccountId: process.env['OPENAI_X509_SERVICE_ACCOUNT_ID'],
  ...JSON.parse(process.env['TEST_X509_LOCAL_SERVER']),
});
try {
  const client = new OpenAI({ credential, project: process.env['OPENAI_X509_PROJECT_ID'] ?? null });
  console.log((await client.models.list()).data.length);
} finally {
  await credential.close();
}
// What could keep the process alive now, once the sockets' last callbacks ran: nothing but the standard streams.
await new Promise((resolve) => setTimeout(resolve, 20));
const left = process.getActiveResourcesInfo().filter((kind) => !['TTYWrap', 'PipeWrap'].includes(kind));
console.log(JSON.stringify(left));
const late = await new OpenAI({ credential }).models.list().catch((error) => error.name);
console.log(late);
`;

function runProgram(source: string) {
  return runCommand(process.execPath, ['--input-type=module', '-e', source], {
    cwd: `${repoRoot}/e2e`,
    timeoutMs: 30_000,
    env: {
      ...process.env,
      OPENAI_X509_CLIENT_CERTIFICATE_CHAIN_PEM: certificates.client.cert,
      OPENAI_X509_CLIENT_PRIVATE_KEY_PEM: certificates.client.key,
      OPENAI_X509_IDENTITY_PROVIDER_ID: 'idp-123',
      OPENAI_X509_SERVICE_ACCOUNT_ID: 'sa-456',
      OPENAI_X509_PROJECT_ID: 'proj_x509',
      TEST_X509_LOCAL_SERVER: JSON.stringify({
        ca: certificates.ca,
        tokenURL: `${server.url}/oauth/token`,
        baseURL: server.baseURL,
      }),
    },
  });
}

it('runs to its end over mutual TLS, then exits by itself with nothing left open (needs pnpm build)', async () => {
  server.on('POST', '/oauth/token', { json: { access_token: 'openai-access-1', expires_in: 3600 } });
  server.on('GET', '/models', { json: { object: 'list', data: [{ id: 'gpt-5.5' }, { id: 'o4' }] } });

  const startedAt = Date.now();
  const result = await runProgram(readmeProgram);

  expect(result.stderr).toBe('');
  expect(result.stdout.trim().split('\n')).toEqual(['2', '[]', 'CredentialClosedError']);
  expect(result.code).toBe(0);
  // Well within undici's keep-alive time (4 s): the process did not wait for an idle connection to time out.
  expect(Date.now() - startedAt).toBeLessThan(4_000);
  const call = server.lastRequest();
  expect(call?.headers).toMatchObject({ authorization: 'Bearer openai-access-1', 'openai-project': 'proj_x509' });
  expect(call?.clientCertificate?.commonName).toBe('test-workload');
  await server.waitForConnections(0);
});
