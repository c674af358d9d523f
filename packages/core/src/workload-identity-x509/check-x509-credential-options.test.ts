import { createPrivateKey } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import { testCertificates, testX509Options } from '../test-support/x509-fixtures.js';
import { createX509Credential } from './create-x509-credential.js';
import type { X509CredentialOptions } from './x509-credential-options.js';

const certificates = await testCertificates();
const { client, stranger } = certificates;
const PASSPHRASE = 'correct horse battery staple';
const encryptedKey = createPrivateKey(client.key).export({
  format: 'pem',
  type: 'pkcs8',
  cipher: 'aes-256-cbc',
  passphrase: PASSPHRASE,
}) as string;

/** The options of a credential that would work, with `changes` made (a change to `undefined` takes an option out). */
function optionsWith(changes: Record<string, unknown>): X509CredentialOptions {
  const options: Record<string, unknown> = { ...testX509Options(certificates, 'https://127.0.0.1:1'), ...changes };
  for (const name of Object.keys(changes)) if (changes[name] === undefined) delete options[name];
  return options as unknown as X509CredentialOptions;
}

/** The ConfigError creating a credential with these changes throws. */
function refusal(changes: Record<string, unknown>): ConfigError {
  try {
    void createX509Credential(optionsWith(changes)).close();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

/** The body of a PEM block, where a leaked key would show. */
const keyMaterial = (pem: string) => pem.split('\n')[1]!;

afterEach(() => {
  vi.useRealTimers();
});

describe('createX509Credential refuses, naming the option', () => {
  it('a client certificate that has expired, or is not valid yet (the test ones are valid for a day)', () => {
    const now = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now + 2 * 86_400_000);
    expect(refusal({}).message).toMatch(/`certificateChain`: the client certificate expired on \w+/);
    vi.setSystemTime(now - 86_400_000);
    expect(refusal({}).message).toContain('is not valid before');
  });

  it.each(['certificateChain', 'privateKey', 'identityProviderId', 'serviceAccountId'])('a missing %s', (name) => {
    expect(refusal({ [name]: undefined }).option).toBe(name);
    expect(refusal({ [name]: '  ' }).option).toBe(name);
  });

  it('an option it does not know (a misspelling), as the official one does', () => {
    const error = refusal({ certificate: client.cert });
    expect(error.option).toBe('certificate');
    expect(error.message).toContain('unknown option');
  });

  it.each([
    ['no PEM at all', 'not a certificate', 'expected PEM certificates'],
    [
      'a PEM block that is no certificate',
      '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----',
      'certificate 1',
    ],
    [
      'a broken intermediate',
      `${client.cert}-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n`,
      'certificate 2',
    ],
    ['the private key beside the certificate', `${client.cert}${client.key}`, 'holds a private key'],
  ])('a certificateChain with %s', (_, certificateChain, problem) => {
    const error = refusal({ certificateChain });
    expect(error.option).toBe('certificateChain');
    expect(error.message).toContain(problem);
    expect(error.message).not.toContain(keyMaterial(client.key));
  });

  it('a privateKey that is no key, quoting none of it', () => {
    const privateKey = client.key.replace(/\n(.)/, '\nX$1');
    const error = refusal({ privateKey });
    expect(error.option).toBe('privateKey');
    expect(error.message).not.toContain(keyMaterial(privateKey));
  });

  it('a privateKey of another certificate', () => {
    const error = refusal({ privateKey: stranger.key });
    expect(error).toMatchObject({ option: 'privateKey' });
    expect(error.message).toContain('does not match the first certificate');
  });

  it('an encrypted privateKey without its passphrase, or with a wrong one, quoting neither', () => {
    expect(refusal({ privateKey: encryptedKey }).message).toContain('`passphrase`: missing');
    const wrong = refusal({ privateKey: encryptedKey, passphrase: 'wrong horse' });
    expect(wrong.option).toBe('passphrase');
    expect(wrong.message).not.toContain('wrong horse');
    expect(wrong.message).not.toContain(keyMaterial(encryptedKey));
    expect(refusal({ passphrase: 42 }).option).toBe('passphrase');
  });

  it.each([
    ['ca', 'not a certificate'],
    ['ca', []],
    ['ca', ['-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----']],
    ['refreshBufferSeconds', -1],
    ['refreshBufferSeconds', '1200'],
    ['tokenURL', 'http://mtls.auth.openai.com/oauth/token'],
    ['baseURL', 'https://user:pass@mtls.api.openai.com/v1'],
    ['baseURL', 'mtls.api.openai.com'],
  ])('a bad %s (%j)', (name, value) => {
    expect(refusal({ [name]: value }).option).toBe(name);
  });

  it.each([
    [{ url: 'http://proxy.test:3128', mode: 'tunnel' }, 'proxy.mode'],
    [{ url: 'https://proxy.test:3128', mode: 'http-connect' }, 'proxy.url'],
    [{ url: 'http://proxy.test:3128/path', mode: 'http-connect' }, 'proxy.url'],
    [{ url: 'not a url', mode: 'https-connect' }, 'proxy.url'],
    [{ url: 'http://proxy.test:3128', mode: 'http-connect', ca: certificates.ca }, 'proxy.ca'],
    [{ url: 'https://proxy.test:3128', mode: 'https-connect', ca: 'nope' }, 'proxy.ca'],
    [{ url: 'http://proxy.test:3128', mode: 'http-connect', auth: 'x' }, 'proxy.auth'],
  ])('a bad proxy (%j)', (proxy, option) => {
    expect(refusal({ proxy }).option).toBe(option);
  });

  it('a proxy URL with a password, quoting neither', () => {
    const error = refusal({ proxy: { url: 'https://me:s3cret-proxy-pass@proxy.test:3128', mode: 'http-connect' } });
    expect(error.option).toBe('proxy.url');
    expect(error.message).not.toContain('s3cret-proxy-pass');
  });
});

describe('createX509Credential takes', () => {
  it.each([
    ['the certificate and its key alone, trusting Node’s authorities', { ca: undefined }],
    ['an encrypted key with its passphrase', { privateKey: encryptedKey, passphrase: PASSPHRASE }],
    ['several authorities', { ca: [certificates.ca, certificates.ca] }],
    [
      'a CONNECT proxy, as a URL object too',
      { proxy: { url: new URL('http://u:p@proxy.test:3128'), mode: 'http-connect' } },
    ],
    [
      'an https CONNECT proxy with its own authority',
      { proxy: { url: 'https://proxy.test', mode: 'https-connect', ca: certificates.ca } },
    ],
    ['no refresh buffer at all', { refreshBufferSeconds: 0 }],
  ])('%s', async (_, changes) => {
    await createX509Credential(optionsWith(changes)).close();
  });
});
