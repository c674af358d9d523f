import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { useTestServer } from '@org/testing/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../client/create-client.js';
import { AuthenticationError } from '../errors/api-error.js';
import { APIConnectionError } from '../errors/connection-errors.js';
import { caught } from '../test-support/caught.js';
import { tokenReply } from '../test-support/workload-identity-fixtures.js';
import { mutualTLSServerOptions, testCertificates, testX509Options } from '../test-support/x509-fixtures.js';
import { OAuthError } from '../workload-identity/oauth-error.js';
import { withX509Credential } from '../workload-identity/with-x509-credential.js';
import type { X509Credential } from '../workload-identity/x509-credential.js';
import { CredentialClosedError } from '../workload-identity-x509.js';
import { createX509Credential } from './create-x509-credential.js';
import type { X509CredentialOptions } from './x509-credential-options.js';

const certificates = await testCertificates();
const server = useTestServer(mutualTLSServerOptions(certificates));

const opened: X509Credential[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(opened.splice(0).map((credential) => credential.close()));
});

function credentialFor(overrides: Partial<X509CredentialOptions> = {}): X509Credential {
  const credential = createX509Credential(testX509Options(certificates, server.url, overrides));
  opened.push(credential);
  return credential;
}
const clientWith = (credential: X509Credential) => createClient(withX509Credential({ maxRetries: 0 }, credential));
const listModels = (credential: X509Credential) =>
  clientWith(credential).request({ method: 'GET', path: '/models' }) as Promise<{ data: unknown[] }>;
const exchanges = () => server.requests.filter((request) => request.path === '/oauth/token');
const modelCalls = () => server.requests.filter((request) => request.path === '/v1/models');
/** Moves the clock `seconds` ahead; only `Date` is faked, so sockets and the server's timers run as ever. */
function advanceClock(seconds: number) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + seconds * 1000);
}

describe('a call with an X.509 credential', () => {
  it('exchanges the certificate for a token over mutual TLS, then calls the API with it over the same', async () => {
    server.on('POST', '/oauth/token', tokenReply(1));
    server.on('GET', '/models', { json: { object: 'list', data: [{ id: 'gpt-5.5' }] } });

    const page = await listModels(credentialFor());

    expect(page.data).toEqual([{ id: 'gpt-5.5' }]);
    const [exchange, call] = server.requests;
    expect(exchange?.path).toBe('/oauth/token');
    expect(exchange?.json()).toEqual({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token_type: 'urn:openai:params:oauth:token-type:x509',
      identity_provider_id: 'idp-x509',
      service_account_id: 'sa-x509',
    });
    expect(exchange?.headers.authorization).toBeUndefined();
    expect(call?.headers.authorization).toBe('Bearer openai-access-1');
    // The server asked each connection for a certificate and verified it: both carried the workload's.
    for (const request of server.requests) expect(request.clientCertificate?.commonName).toBe('test-workload');
  });

  it('keeps the token for the calls that follow, and the calls at once share one exchange', async () => {
    server.on('POST', '/oauth/token', { ...tokenReply(1), delayMs: 50 });
    server.on('GET', '/models', { json: { data: [] } });
    const credential = credentialFor();

    await Promise.all([listModels(credential), listModels(credential), listModels(credential)]);
    await listModels(credential);

    expect(exchanges()).toHaveLength(1);
    expect(modelCalls().map((request) => request.headers.authorization)).toEqual(
      Array(4).fill('Bearer openai-access-1'),
    );
  });

  it('renews the token in the background from 1200 s before expiry, giving the valid one meanwhile', async () => {
    server.on('POST', '/oauth/token', tokenReply(1), { ...tokenReply(2), delayMs: 50 });
    server.on('GET', '/models', { json: { data: [] } });
    const credential = credentialFor();
    await listModels(credential);

    advanceClock(3600 - 1200 - 1);
    await listModels(credential);
    expect(exchanges()).toHaveLength(1);
    advanceClock(2);
    await listModels(credential);
    await vi.waitFor(() => expect(exchanges()).toHaveLength(2));
    await vi.waitFor(async () => {
      await listModels(credential);
      expect(modelCalls().at(-1)?.headers.authorization).toBe('Bearer openai-access-2');
    });
    expect(modelCalls()[2]?.headers.authorization).toBe('Bearer openai-access-1');
  });

  it('renews a short-lived token at half its lifetime, and at refreshBufferSeconds when given', async () => {
    server.on('POST', '/oauth/token', tokenReply(1, 600), tokenReply(2, 600));
    server.on('GET', '/models', { json: { data: [] } });
    const credential = credentialFor();
    await listModels(credential);
    advanceClock(299);
    await listModels(credential);
    expect(exchanges()).toHaveLength(1);
    advanceClock(2);
    await listModels(credential);
    await vi.waitFor(() => expect(exchanges()).toHaveLength(2));

    vi.useRealTimers();
    server.reset();
    server.on('POST', '/oauth/token', tokenReply(3), tokenReply(4));
    server.on('GET', '/models', { json: { data: [] } });
    const buffered = credentialFor({ refreshBufferSeconds: 60 });
    await listModels(buffered);
    advanceClock(3600 - 61);
    await listModels(buffered);
    expect(exchanges()).toHaveLength(1);
    advanceClock(2);
    await listModels(buffered);
    await vi.waitFor(() => expect(exchanges()).toHaveLength(2));
  });

  it('sends a call the API refuses with 401 once more, with a fresh token; a second 401 is the error', async () => {
    server.on('POST', '/oauth/token', tokenReply(1), tokenReply(2), tokenReply(3));
    server.on('GET', '/models', { status: 401, json: { error: { message: 'token revoked' } } }, { json: { data: [] } });
    const credential = credentialFor();

    await listModels(credential);
    expect(modelCalls().map((request) => request.headers.authorization)).toEqual([
      'Bearer openai-access-1',
      'Bearer openai-access-2',
    ]);

    server.on('GET', '/models', { status: 401, json: { error: { message: 'still no' } } });
    expect(await caught(listModels(credential))).toBeInstanceOf(AuthenticationError);
    expect(exchanges()).toHaveLength(3);
  });

  it('fails with OAuthError when the token endpoint refuses the certificate, and sends no call', async () => {
    server.on('POST', '/oauth/token', {
      status: 401,
      json: { error: 'invalid_grant', error_description: 'certificate not enrolled for idp-x509' },
    });

    const error = await caught(listModels(credentialFor()));

    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ status: 401, error_code: 'invalid_grant' });
    expect(error.message).toContain('certificate not enrolled');
    expect(modelCalls()).toHaveLength(0);
  });
});

describe('a connection the TLS handshake fails', () => {
  it('says the server refused the client certificate when it closes the connection unanswered', async () => {
    const { stranger } = certificates;
    const credential = credentialFor({ certificateChain: stranger.cert, privateKey: stranger.key });

    const error = await caught(listModels(credential));

    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toMatch(/token exchange: .*refuses the client certificate: check that `certificateChain`/);
    expect(server.requests).toHaveLength(0);
    expect(JSON.stringify([error.message, String(error.cause)])).not.toContain('PRIVATE KEY');
  });

  it("says to pass `ca` when the server's certificate is signed by an authority Node does not trust", async () => {
    const error = await caught(listModels(credentialFor({ ca: undefined })));

    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toContain('pass the authority that signed it as `ca`');
    expect(server.requests).toHaveLength(0);
  });

  it('works with an encrypted private key and its passphrase', async () => {
    const { createPrivateKey } = await import('node:crypto');
    const encrypted = createPrivateKey(certificates.client.key).export({
      format: 'pem',
      type: 'pkcs8',
      cipher: 'aes-256-cbc',
      passphrase: 'correct horse',
    }) as string;
    server.on('POST', '/oauth/token', tokenReply(1));
    server.on('GET', '/models', { json: { data: [] } });

    await listModels(credentialFor({ privateKey: encrypted, passphrase: 'correct horse' }));

    expect(modelCalls()[0]?.clientCertificate?.commonName).toBe('test-workload');
  });
});

describe('through a CONNECT proxy', () => {
  it("tunnels to the server, the mutual TLS end to end inside, with the URL's user as Proxy-Authorization", async () => {
    const tunnels: { target: string | undefined; authorization: string | undefined }[] = [];
    const proxy = createServer().on('connect', (request, socket, head) => {
      tunnels.push({ target: request.url, authorization: request.headers['proxy-authorization'] });
      const [host, port] = (request.url ?? '').split(':');
      const upstream = connect(Number(port), host, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(socket).pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      server.on('POST', '/oauth/token', tokenReply(1));
      server.on('GET', '/models', { json: { data: [] } });
      const { port } = proxy.address() as AddressInfo;
      const credential = credentialFor({ proxy: { url: `http://me:pa%40ss@127.0.0.1:${port}`, mode: 'http-connect' } });

      await listModels(credential);
      await credential.close();

      expect(tunnels[0]).toEqual({
        target: `127.0.0.1:${server.port}`,
        authorization: `Basic ${Buffer.from('me:pa@ss').toString('base64')}`,
      });
      for (const request of server.requests) expect(request.clientCertificate?.commonName).toBe('test-workload');
      expect(modelCalls()[0]?.headers.authorization).toBe('Bearer openai-access-1');
    } finally {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});

describe('close()', () => {
  it('fails the calls after it with CredentialClosedError, sending nothing, and closes every connection', async () => {
    server.on('POST', '/oauth/token', tokenReply(1));
    server.on('GET', '/models', { json: { data: [] } });
    const credential = credentialFor();
    const client = clientWith(credential);
    await client.request({ method: 'GET', path: '/models' });
    expect(server.openConnections).toBeGreaterThan(0);

    const closing = credential.close();
    expect(credential.close()).toBe(closing);
    await closing;

    await server.waitForConnections(0);
    const error = await caught(client.request({ method: 'GET', path: '/models' }));
    expect(error).toBeInstanceOf(CredentialClosedError);
    expect(error.message).toContain('make a new one');
    expect(server.requests).toHaveLength(2);
  });

  it('abandons an exchange under way: the call waiting for it fails at once, and close() resolves', async () => {
    server.on('POST', '/oauth/token', { fault: 'stall' });
    const credential = credentialFor();
    const call = caught(listModels(credential));
    await server.waitForRequests(1);

    const startedAt = Date.now();
    await credential.close();

    expect(await call).toBeInstanceOf(CredentialClosedError);
    expect(Date.now() - startedAt).toBeLessThan(2000);
    await server.waitForConnections(0);
  });

  it('lets a call already sent finish, then resolves', async () => {
    server.on('POST', '/oauth/token', tokenReply(1));
    server.on('GET', '/models', { json: { data: ['done'] }, delayMs: 200 });
    const credential = credentialFor();
    await listModels(credential);
    const call = listModels(credential);
    await server.waitForRequests(3);

    const order: string[] = [];
    await Promise.all([call.then(() => order.push('call')), credential.close().then(() => order.push('closed'))]);

    expect(order).toEqual(['call', 'closed']);
    expect((await call).data).toEqual(['done']);
  });

  it('is what `await using` calls', async () => {
    server.on('POST', '/oauth/token', tokenReply(1));
    const credential = credentialFor();
    await (credential as unknown as AsyncDisposable)[Symbol.asyncDispose]();
    expect(await caught(listModels(credential))).toBeInstanceOf(CredentialClosedError);
  });
});

describe('secrets', () => {
  it('never shows the private key, and the credential logs as nothing', async () => {
    const { inspect } = await import('node:util');
    const credential = credentialFor();
    const shown = `${inspect(credential, { depth: 5 })} ${JSON.stringify(credential)}`;
    expect(shown).not.toContain('PRIVATE KEY');
    expect(shown).not.toContain('idp-x509');
  });

  it('scrubs the access token from an error body that echoes it', async () => {
    server.on('POST', '/oauth/token', tokenReply(1));
    server.on('GET', '/models', { status: 400, json: { error: { message: 'bad token openai-access-1' } } });

    const error = await caught(listModels(credentialFor()));

    expect(JSON.stringify({ message: error.message, body: error.error })).not.toContain('openai-access-1');
  });
});
