import { createPrivateKey, type KeyObject, X509Certificate } from 'node:crypto';
import { checkApiRoot } from '../client/check-api-root.js';
import { ConfigError } from '../errors/config-error.js';
import type { X509CredentialOptions, X509CredentialProxyOptions } from './x509-credential-options.js';

const optionNames = new Set([
  'certificateChain',
  'privateKey',
  'identityProviderId',
  'serviceAccountId',
  'ca',
  'passphrase',
  'proxy',
  'refreshBufferSeconds',
  'tokenURL',
  'baseURL',
]);
const proxyOptionNames = new Set(['url', 'mode', 'ca']);
const CERTIFICATE = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g;

/** The TLS settings of the credential's connections: its certificate, key and trust, and nothing else. */
export interface X509TLSOptions {
  cert: string;
  key: string;
  passphrase?: string;
  ca?: string | string[];
  rejectUnauthorized: true;
}

/**
 * Checks the options of `createX509Credential()` before anything is made, throwing a `ConfigError` that names the
 * wrong one: the required strings, the certificate chain and the key (PEM, the key matching the leaf certificate,
 * decrypted by `passphrase`), the trust, the proxy and the URLs. No message quotes a key, a passphrase or a proxy
 * password.
 */
export function checkX509CredentialOptions(options: X509CredentialOptions): X509TLSOptions {
  if (typeof options !== 'object' || options === null) throw new ConfigError('options', 'expected an object');
  for (const name of Object.keys(options)) {
    if (!optionNames.has(name)) throw new ConfigError(name, `unknown option; expected one of ${[...optionNames]}`);
  }
  for (const name of ['certificateChain', 'privateKey', 'identityProviderId', 'serviceAccountId'] as const) {
    const value: unknown = options[name];
    if (typeof value !== 'string' || value.trim() === '') throw new ConfigError(name, 'expected a non-empty string');
  }
  const { certificateChain, privateKey, passphrase, refreshBufferSeconds } = options;
  if (passphrase !== undefined && typeof passphrase !== 'string') {
    throw new ConfigError('passphrase', 'expected a string');
  }
  if (
    refreshBufferSeconds !== undefined &&
    (typeof refreshBufferSeconds !== 'number' || !Number.isFinite(refreshBufferSeconds) || refreshBufferSeconds < 0)
  ) {
    throw new ConfigError('refreshBufferSeconds', 'expected a number of seconds, 0 or more');
  }
  const leaf = checkCertificateChain(certificateChain);
  if (!leaf.checkPrivateKey(readPrivateKey(privateKey, passphrase))) {
    throw new ConfigError('privateKey', 'does not match the first certificate of certificateChain');
  }
  checkAuthorities('ca', options.ca);
  if (options.proxy !== undefined) checkProxy(options.proxy);
  checkHttpsURL('tokenURL', options.tokenURL);
  checkHttpsURL('baseURL', options.baseURL);
  return {
    cert: certificateChain,
    key: privateKey,
    ...(passphrase === undefined ? {} : { passphrase }),
    ...(options.ca === undefined ? {} : { ca: options.ca }),
    rejectUnauthorized: true,
  };
}

/** The leaf certificate, once every certificate of the chain has been read and found valid now. */
function checkCertificateChain(chain: string): X509Certificate {
  if (/PRIVATE KEY-----/.test(chain)) {
    throw new ConfigError(
      'certificateChain',
      'holds a private key: pass it as `privateKey`, and only certificates here',
    );
  }
  const certificates = chain.match(CERTIFICATE);
  if (!certificates)
    throw new ConfigError('certificateChain', 'expected PEM certificates (-----BEGIN CERTIFICATE-----)');
  const parsed = certificates.map((pem, index) => {
    try {
      return new X509Certificate(pem);
    } catch {
      throw new ConfigError('certificateChain', `certificate ${index + 1} is no valid PEM certificate`);
    }
  });
  const leaf = parsed[0]!;
  const now = Date.now();
  if (Date.parse(leaf.validTo) < now) {
    throw new ConfigError('certificateChain', `the client certificate expired on ${leaf.validTo}`);
  }
  if (Date.parse(leaf.validFrom) > now) {
    throw new ConfigError('certificateChain', `the client certificate is not valid before ${leaf.validFrom}`);
  }
  return leaf;
}

function readPrivateKey(pem: string, passphrase: string | undefined): KeyObject {
  const encrypted = /ENCRYPTED/.test(pem);
  if (encrypted && passphrase === undefined) {
    throw new ConfigError('passphrase', 'missing: privateKey is encrypted');
  }
  try {
    return createPrivateKey({ key: pem, ...(passphrase === undefined ? {} : { passphrase }) });
  } catch {
    // OpenSSL's own message says little more, and nothing of the key is worth quoting.
    if (encrypted) throw new ConfigError('passphrase', 'does not decrypt privateKey');
    throw new ConfigError('privateKey', 'expected a PEM private key (-----BEGIN PRIVATE KEY-----)');
  }
}

function checkAuthorities(option: string, ca: unknown): void {
  if (ca === undefined) return;
  const list = Array.isArray(ca) ? ca : [ca];
  if (list.length === 0) throw new ConfigError(option, 'expected a PEM certificate or a non-empty array of them');
  for (const pem of list) {
    const certificates = typeof pem === 'string' ? pem.match(CERTIFICATE) : null;
    if (!certificates) throw new ConfigError(option, 'expected PEM certificates (-----BEGIN CERTIFICATE-----)');
    for (const certificate of certificates) {
      try {
        new X509Certificate(certificate);
      } catch {
        throw new ConfigError(option, 'holds a certificate that is no valid PEM certificate');
      }
    }
  }
}

function checkProxy(proxy: X509CredentialProxyOptions): void {
  if (typeof proxy !== 'object' || proxy === null) throw new ConfigError('proxy', 'expected { url, mode, ca? }');
  for (const name of Object.keys(proxy)) {
    if (!proxyOptionNames.has(name)) throw new ConfigError(`proxy.${name}`, 'unknown option; expected url, mode or ca');
  }
  const { mode } = proxy;
  if (mode !== 'http-connect' && mode !== 'https-connect') {
    throw new ConfigError('proxy.mode', "expected 'http-connect' or 'https-connect'");
  }
  const text = proxy.url instanceof URL ? proxy.url.href : proxy.url;
  const url = typeof text === 'string' && URL.canParse(text) ? new URL(text) : undefined;
  const protocol = mode === 'https-connect' ? 'https:' : 'http:';
  // Never quoted: it may hold the proxy's password.
  if (url?.protocol !== protocol || url.pathname !== '/' || url.search || url.hash) {
    throw new ConfigError('proxy.url', `expected ${protocol}//host:port for mode '${mode}', with no path or query`);
  }
  if (proxy.ca !== undefined && mode === 'http-connect') {
    throw new ConfigError('proxy.ca', "only for mode 'https-connect': a plain proxy connection has no certificate");
  }
  checkAuthorities('proxy.ca', proxy.ca);
}

/** The credential's connections are TLS only. */
function checkHttpsURL(option: string, value: unknown): void {
  if (value !== undefined && !checkApiRoot(option, value).startsWith('https:')) {
    throw new ConfigError(option, 'expected an https URL');
  }
}
