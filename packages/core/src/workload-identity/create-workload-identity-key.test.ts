import { useTestServer } from '@org/testing/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APIError, InternalServerError, RateLimitError } from '../errors/api-error.js';
import { APITimeoutError } from '../errors/connection-errors.js';
import { caught } from '../test-support/caught.js';
import { SUBJECT_TOKEN, testIdentity, tokenReply } from '../test-support/workload-identity-fixtures.js';
import { createWorkloadIdentityKey } from './create-workload-identity-key.js';
import { InvalidTokenReplyError } from './invalid-token-reply-error.js';
import { OAuthError } from './oauth-error.js';
import { SubjectTokenProviderError } from './subject-token-provider-error.js';

const server = useTestServer();
afterEach(() => {
  vi.useRealTimers();
});

const exchanges = () => server.requests.filter((request) => request.path === '/oauth/token');
/** Moves the clock `seconds` ahead; only `Date` is faked, so sockets and the server's timers run as ever. */
function advanceClock(seconds: number) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + seconds * 1000);
}

describe('the token exchange', () => {
  it('posts the subject token and the identity as RFC 8693 asks, and gives the access token', async () => {
    server.on('POST', '/oauth/token', tokenReply(1));
    const key = createWorkloadIdentityKey(testIdentity(server, { clientId: 'client-789' }));

    await expect(key()).resolves.toBe('openai-access-1');

    const [request] = exchanges();
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.json()).toEqual({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token: SUBJECT_TOKEN,
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      identity_provider_id: 'idp-123',
      service_account_id: 'sa-456',
      client_id: 'client-789',
    });
  });

  it('names an ID token as such, and sends no client_id when none is given', async () => {
    server.on('POST', '/oauth/token', tokenReply(1));
    const provider = { tokenType: 'id' as const, getToken: async () => SUBJECT_TOKEN };
    await createWorkloadIdentityKey(testIdentity(server, { provider }))();

    const body = exchanges()[0]?.json() as Record<string, unknown>;
    expect(body.subject_token_type).toBe('urn:ietf:params:oauth:token-type:id_token');
    expect(body).not.toHaveProperty('client_id');
  });

  it.each([400, 401, 403])('fails with an OAuthError on a %i, scrubbed of the subject token', async (status) => {
    server.on('POST', '/oauth/token', {
      status,
      json: { error: 'invalid_grant', error_description: `subject token ${SUBJECT_TOKEN} has expired` },
    });

    const error = await caught(createWorkloadIdentityKey(testIdentity(server))());

    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status, error_code: 'invalid_grant' });
    expect(error.message).toContain('has expired');
    expect(JSON.stringify({ message: error.message, body: error.error })).not.toContain(SUBJECT_TOKEN);
  });

  it.each([
    [500, InternalServerError],
    [429, RateLimitError],
  ])('fails with the APIError of any other status (%i)', async (status, ErrorClass) => {
    server.on('POST', '/oauth/token', { status, json: { error: { message: 'try later' } } });

    const error = await caught(createWorkloadIdentityKey(testIdentity(server))());

    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).not.toBeInstanceOf(OAuthError);
  });

  it('follows no redirect, which would carry the subject token elsewhere', async () => {
    server.on('POST', '/oauth/token', { status: 307, headers: { location: `${server.url}/elsewhere` } });

    const error = await caught(createWorkloadIdentityKey(testIdentity(server))());

    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 307 });
    expect(server.requests).toHaveLength(1);
  });

  it('takes a redirect the platform hides (a browser answers an opaque one when it follows none) as an error', async () => {
    const redirected = { type: 'opaqueredirect', status: 0, headers: new Headers(), text: async () => '' } as Response;
    const key = createWorkloadIdentityKey(testIdentity(server), { fetch: async () => redirected });

    const error = await caught(key());

    expect(error.message).toContain('answered with a redirect, not followed');
  });

  it.each([
    ['no JSON', { body: 'access_token=openai-secret-reply' }, 'body'],
    ['a JSON array', { json: ['openai-secret-reply'] }, 'body'],
    ['no access_token', { json: { expires_in: 3600 } }, 'access_token'],
    ['an empty access_token', { json: { access_token: '  ', expires_in: 3600 } }, 'access_token'],
    ['an access_token with a line break', { json: { access_token: 'openai-secret-reply\r\nx: 1' } }, 'access_token'],
    ['a negative expires_in', { json: { access_token: 'openai-secret-reply', expires_in: -5 } }, 'expires_in'],
    ['a text expires_in', { json: { access_token: 'openai-secret-reply', expires_in: '3600' } }, 'expires_in'],
  ])('refuses a reply with %s, naming the field and quoting no token', async (_, reply, field) => {
    server.on('POST', '/oauth/token', reply);

    const error = await caught(createWorkloadIdentityKey(testIdentity(server))());

    expect(error).toBeInstanceOf(InvalidTokenReplyError);
    expect(error).toMatchObject({ field });
    expect(error.message).not.toContain('openai-secret-reply');
  });

  it('takes a reply without expires_in as valid for an hour', async () => {
    server.on('POST', '/oauth/token', tokenReply(1, undefined), tokenReply(2));
    const key = createWorkloadIdentityKey(testIdentity(server, { refreshBufferSeconds: 0 }));
    await key();

    advanceClock(3599);
    await expect(key()).resolves.toBe('openai-access-1');
    advanceClock(2);
    await expect(key()).resolves.toBe('openai-access-2');
  });

  it('wraps a failing provider in a SubjectTokenProviderError, and sends nothing', async () => {
    const provider = {
      tokenType: 'jwt' as const,
      getToken: async () => {
        throw new Error('no token mounted');
      },
    };

    const error = await caught(createWorkloadIdentityKey(testIdentity(server, { provider }))());

    expect(error).toBeInstanceOf(SubjectTokenProviderError);
    expect(error.cause).toMatchObject({ message: 'no token mounted' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('an exchange that never ends', () => {
  it('fails after its timeout when the provider never answers, and the next call starts afresh', async () => {
    server.on('POST', '/oauth/token', tokenReply(1));
    let calls = 0;
    const provider = {
      tokenType: 'jwt' as const,
      getToken: () => (++calls === 1 ? new Promise<string>(() => {}) : Promise.resolve(SUBJECT_TOKEN)),
    };
    const key = createWorkloadIdentityKey(testIdentity(server, { provider }), { timeout: 50 });

    expect(await caught(key())).toBeInstanceOf(SubjectTokenProviderError);
    await expect(key()).resolves.toBe('openai-access-1');
  });

  it('fails with APITimeoutError when the token endpoint never answers', async () => {
    server.on('POST', '/oauth/token', { fault: 'stall' });
    const key = createWorkloadIdentityKey(testIdentity(server), { timeout: 50 });

    expect(await caught(key())).toBeInstanceOf(APITimeoutError);
  });
});

describe('the access token cache', () => {
  it('gives the cached token until its renewal is due', async () => {
    server.on('POST', '/oauth/token', tokenReply(1), tokenReply(2));
    const key = createWorkloadIdentityKey(testIdentity(server));

    expect([await key(), await key(), await key()]).toEqual(Array(3).fill('openai-access-1'));
    advanceClock(3600 - 1200 - 1);
    await expect(key()).resolves.toBe('openai-access-1');
    expect(exchanges()).toHaveLength(1);
  });

  it('renews in the background once due, giving the still valid token meanwhile', async () => {
    server.on('POST', '/oauth/token', tokenReply(1), { ...tokenReply(2), delayMs: 50 });
    const key = createWorkloadIdentityKey(testIdentity(server, { refreshBufferSeconds: 120 }));
    await key();

    advanceClock(3600 - 119);
    await expect(key()).resolves.toBe('openai-access-1');
    await expect(key()).resolves.toBe('openai-access-1');
    await vi.waitFor(async () => expect(await key()).toBe('openai-access-2'));
    expect(exchanges()).toHaveLength(2);
  });

  it('caps the renewal buffer at half the lifetime of a short-lived token', async () => {
    server.on('POST', '/oauth/token', tokenReply(1, 600), tokenReply(2, 600));
    const key = createWorkloadIdentityKey(testIdentity(server));
    await key();

    // The default buffer (1200 s) exceeds the lifetime: renewal starts at half of it, 300 s before expiry.
    advanceClock(299);
    await expect(key()).resolves.toBe('openai-access-1');
    expect(exchanges()).toHaveLength(1);
    advanceClock(2);
    await key();
    await server.waitForRequests(2);
  });

  it('keeps giving the valid token when a background renewal fails, and tries again on the next call', async () => {
    server.on(
      'POST',
      '/oauth/token',
      tokenReply(1),
      { status: 500, json: { error: { message: 'down' } } },
      tokenReply(3),
    );
    const key = createWorkloadIdentityKey(testIdentity(server));
    await key();

    advanceClock(3600 - 60);
    await expect(key()).resolves.toBe('openai-access-1');
    await server.waitForRequests(2);
    await vi.waitFor(async () => expect(await key()).toBe('openai-access-3'));
  });

  it('waits for a new token once the cached one has expired', async () => {
    server.on('POST', '/oauth/token', tokenReply(1), tokenReply(2));
    const key = createWorkloadIdentityKey(testIdentity(server));
    await key();

    advanceClock(3601);
    await expect(key()).resolves.toBe('openai-access-2');
  });

  it('shares one exchange among callers that need a token at the same time', async () => {
    server.on('POST', '/oauth/token', { ...tokenReply(1), delayMs: 50 });
    const key = createWorkloadIdentityKey(testIdentity(server));

    const tokens = await Promise.all(Array.from({ length: 8 }, () => key()));

    expect(new Set(tokens)).toEqual(new Set(['openai-access-1']));
    expect(exchanges()).toHaveLength(1);
  });

  it('shares a failed exchange too, and tries afresh on the next call', async () => {
    server.on(
      'POST',
      '/oauth/token',
      { status: 503, json: { error: { message: 'down' } }, delayMs: 20 },
      tokenReply(2),
    );
    const key = createWorkloadIdentityKey(testIdentity(server));

    const results = await Promise.allSettled([key(), key(), key()]);

    expect(results.every((result) => result.status === 'rejected')).toBe(true);
    expect(exchanges()).toHaveLength(1);
    await expect(key()).resolves.toBe('openai-access-2');
  });

  it('drops a token the API refused, but not a newer one', async () => {
    server.on('POST', '/oauth/token', tokenReply(1), tokenReply(2), tokenReply(3));
    const key = createWorkloadIdentityKey(testIdentity(server));
    await key();

    key.invalidate('openai-access-1');
    await expect(key()).resolves.toBe('openai-access-2');
    key.invalidate('openai-access-1');
    await expect(key()).resolves.toBe('openai-access-2');
    expect(exchanges()).toHaveLength(2);
  });
});
