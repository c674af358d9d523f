import type { Dispatcher } from 'undici';
import Agent from 'undici/lib/dispatcher/agent.js';
import type { X509TLSOptions } from './check-x509-credential-options.js';
import { loadUndici } from './load-undici.js';
import type { X509CredentialProxyOptions } from './x509-credential-options.js';

/** As the Node transport's own agent: the SDK's timeouts govern, not undici's 300 s ones. */
const agentOptions = { headersTimeout: 0, bodyTimeout: 0, keepAliveTimeout: 4_000 };

/**
 * The agent of a credential's connections, each a mutual TLS one presenting its certificate: direct, or tunnelled
 * through a CONNECT proxy, where the TLS with the API still runs end to end inside the tunnel.
 */
export function createX509Dispatcher(tls: X509TLSOptions, proxy: X509CredentialProxyOptions | undefined): Dispatcher {
  if (!proxy) return new Agent({ ...agentOptions, connect: tls });
  const { ProxyAgent } = loadUndici();
  return new ProxyAgent({
    ...agentOptions,
    // undici sends the URL's user and password as `Proxy-Authorization: Basic`.
    uri: proxy.url instanceof URL ? proxy.url.href : proxy.url,
    requestTls: tls,
    ...(proxy.mode === 'https-connect'
      ? { proxyTls: { rejectUnauthorized: true, ...(proxy.ca === undefined ? {} : { ca: proxy.ca }) } }
      : {}),
  });
}
