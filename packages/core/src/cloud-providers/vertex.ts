import { checkApiRoot } from '../client/check-api-root.js';
import type { ClientOptions } from '../client/client-options.js';
import type { Provider } from '../client/provider.js';
import { readEnv } from '../config/read-env.js';
import { ConfigError } from '../errors/config-error.js';
import { MissingDependencyError } from '../errors/missing-dependency-error.js';
import { OpenAIError } from '../errors/openai-error.js';
import type { HookRequest } from '../hooks/hooks.js';
import { checkOrigin } from './check-origin.js';
import { importOptionalPeer } from './import-optional-peer.js';
import { providerClientOptions } from './provider-client-options.js';
import { refuseHeaders } from './refuse-headers.js';

/** A Google auth client (google-auth-library's, or your own): it keeps its access token fresh itself. */
export interface GoogleClient {
  getRequestHeaders(url?: string): Promise<Headers | Record<string, string>>;
}

/** Options of `vertex()` from `@org/core/providers/vertex`. */
export interface VertexOptions {
  /** Defaults to `GOOGLE_CLOUD_PROJECT`. */
  project?: string | undefined;
  /** Defaults to `GOOGLE_CLOUD_LOCATION`; `global` or a region such as `us-central1`. */
  location?: string | undefined;
  /** The whole API root, before `/responses`; replaces `project` and `location`. */
  baseURL?: string | undefined;
  /** Called before every attempt, retries included, for the access token to send. */
  tokenProvider?: (() => string | Promise<string>) | undefined;
  /** A Google auth client to take headers from. Not taken with `tokenProvider`. */
  credentials?: GoogleClient | undefined;
}

const AUTH_PACKAGE = 'google-auth-library';
const SCOPE = 'https://www.googleapis.com/auth/cloud-platform';

/**
 * Google Vertex AI's OpenAI endpoint: `createClient({ provider: vertex({ project, location }) })`. Credentials come
 * from `tokenProvider`, `credentials`, else Application Default Credentials through `google-auth-library`, an
 * optional peer loaded on first use.
 */
export function vertex(options: VertexOptions = {}): Provider {
  const { tokenProvider, credentials } = options;
  if (tokenProvider !== undefined && typeof tokenProvider !== 'function') {
    throw new ConfigError('vertex.tokenProvider', 'expected a function');
  }
  if (credentials !== undefined && typeof credentials?.getRequestHeaders !== 'function') {
    throw new ConfigError('vertex.credentials', 'expected a Google auth client, with getRequestHeaders()');
  }
  if (tokenProvider && credentials) {
    throw new ConfigError('vertex.credentials', '`credentials` and `tokenProvider` are mutually exclusive; give one');
  }
  const baseURL = vertexBaseURL(options);
  const origin = new URL(baseURL).origin;
  let client: Promise<GoogleClient> | undefined;
  const headersFor = async (url: string): Promise<Headers | Record<string, string>> => {
    if (tokenProvider) {
      const token = await tokenProvider();
      if (typeof token !== 'string' || !/^[\x21-\x7e]+$/.test(token)) {
        throw new OpenAIError('vertex: the tokenProvider must return a non-empty access token a header can carry');
      }
      return { authorization: `Bearer ${token}` };
    }
    client ??= credentials ? Promise.resolve(credentials) : applicationDefault();
    try {
      return await (await client).getRequestHeaders(url);
    } catch (error) {
      // Looked for again on the next call: the environment may have been fixed.
      client = undefined;
      if (error instanceof OpenAIError) throw error;
      // Google's errors can carry the request that failed, a refresh token in it: not kept as the cause.
      throw new OpenAIError(
        'vertex: Google authentication failed; check Application Default Credentials, or pass tokenProvider',
      );
    }
  };
  const prepare = async (request: HookRequest) => {
    checkOrigin('vertex', origin, request.url);
    refuseHeaders('vertex', request.headers, ['authorization', 'api-key', 'openai-organization', 'openai-project']);
    for (const [name, value] of new Headers(await headersFor(request.url))) request.headers[name] = value;
  };
  const provider: Provider = Object.freeze({
    name: 'vertex',
    baseURL,
    configure: (clientOptions: ClientOptions) => providerClientOptions(provider, clientOptions, prepare),
  });
  return provider;
}

async function applicationDefault(): Promise<GoogleClient> {
  let module: { GoogleAuth: new (options: { scopes: string[] }) => { getClient(): Promise<GoogleClient> } };
  try {
    module = (await importOptionalPeer(AUTH_PACKAGE)) as typeof module;
  } catch (error) {
    throw new MissingDependencyError(
      AUTH_PACKAGE,
      `vertex: Application Default Credentials need ${AUTH_PACKAGE}: install it (npm install ${AUTH_PACKAGE}), or pass tokenProvider or credentials`,
      { cause: error },
    );
  }
  return new module.GoogleAuth({ scopes: [SCOPE] }).getClient();
}

function vertexBaseURL({ baseURL, project: projectOption, location: locationOption }: VertexOptions): string {
  let root = baseURL;
  if (root === undefined) {
    const project = projectOption ?? readEnv('GOOGLE_CLOUD_PROJECT');
    const location = locationOption ?? readEnv('GOOGLE_CLOUD_LOCATION');
    // Legacy domain-scoped project IDs hold a dot and a colon.
    if (!project || !/^[\w-][\w.:-]*$/.test(project)) {
      throw new ConfigError('vertex.project', 'missing or invalid; pass `project` or set GOOGLE_CLOUD_PROJECT');
    }
    if (!location || !/^[a-z0-9-]+$/.test(location)) {
      throw new ConfigError('vertex.location', 'missing or invalid; pass `location` or set GOOGLE_CLOUD_LOCATION');
    }
    const host = location === 'global' ? 'aiplatform.googleapis.com' : `${location}-aiplatform.googleapis.com`;
    root = `https://${host}/v1/projects/${project}/locations/${location}/publishers/openai/v1`;
  }
  const url = new URL(checkApiRoot('vertex.baseURL', root));
  const hostname = url.hostname.replace(/\.$/, '');
  if (url.protocol !== 'https:' && (hostname === 'googleapis.com' || hostname.endsWith('.googleapis.com'))) {
    throw new ConfigError('vertex.baseURL', 'Google endpoints take https only');
  }
  return url.href.replace(/\/+$/, '');
}
