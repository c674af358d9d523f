import { readEnv } from '../config/read-env.js';
import { ConfigError } from '../errors/config-error.js';
import { createLevelLogger, type LogLevel, logLevels } from '../logging/logger.js';
import { HEADER_TEXT, hasUnsafeText } from '../request/has-unsafe-text.js';
import { headerEntries } from '../request/header-entries.js';
import { HEADER_NAME, isHeaderName } from '../request/is-header-name.js';
import { createDefaultTransport } from '../transport/default-transport.js';
import { withFetchOptions } from '../transport/with-fetch-options.js';
import { checkApiRoot } from './check-api-root.js';
import { checkOption, textRule } from './check-option.js';
import type { ClientConfig } from './client-config.js';
import type { ClientOptions } from './client-options.js';
import { DEFAULT_TIMEOUT_MS } from './default-timeout.js';
import { isBrowser } from './is-browser.js';
import { KEY_HEADER } from './key-header.js';

/** Checks every option and fills defaults from the environment; a bad option throws a `ConfigError` naming it. */
export function resolveClientConfig(options: ClientOptions): ClientConfig {
  if (typeof options !== 'object' || options === null) throw new ConfigError('options', 'expected an object');
  for (const name in options) checkOption(name, options[name as keyof ClientOptions]);
  // The provider sets the endpoint, the credentials and takes out the key header; refusing what it replaces is its own.
  if (options.provider) options = options.provider.configure(options);

  const apiKey = options.apiKey ?? readEnv('OPENAI_API_KEY');
  if (!apiKey) throw new ConfigError('apiKey', 'missing; pass `apiKey` or set OPENAI_API_KEY');
  if (typeof apiKey === 'string') {
    if (hasUnsafeText(apiKey)) throw new ConfigError('apiKey', `expected ${HEADER_TEXT}`);
    if (isBrowser() && !options.dangerouslyAllowBrowser && !apiKey.startsWith('ek_')) {
      throw new ConfigError(
        'dangerouslyAllowBrowser',
        'every visitor of a page can read its API key; use an ek_ client secret or a key function, or set this to true',
      );
    }
  } else if (typeof apiKey !== 'function') {
    throw new ConfigError('apiKey', 'expected a string or a function returning one');
  }

  const baseURL = checkApiRoot(
    options.baseURL === undefined ? 'OPENAI_BASE_URL' : 'baseURL',
    (options.baseURL ?? readEnv('OPENAI_BASE_URL') ?? 'https://api.openai.com/v1').replace(/\/+$/, ''),
  );

  // The key's header until a call is sent, so defaultHeaders and a call's headers may replace it or take it out.
  const headers: Record<string, string> = { accept: 'application/json', authorization: KEY_HEADER };
  const organization = options.organization === undefined ? readEnv('OPENAI_ORG_ID') : options.organization;
  const project = options.project === undefined ? readEnv('OPENAI_PROJECT_ID') : options.project;
  if (organization) headers['openai-organization'] = checkOption('organization', organization, textRule);
  if (project) headers['openai-project'] = checkOption('project', project, textRule);
  for (const [name, value] of headerEntries(options.defaultHeaders ?? {})) {
    // `null` takes out a header the client would send by default (`accept`, or the organization from the env).
    if (!isHeaderName(name)) throw new ConfigError(`defaultHeaders.${name}`, `expected ${HEADER_NAME}`);
    if (value === null) delete headers[name.toLowerCase()];
    else if (value !== undefined) headers[name.toLowerCase()] = checkOption(`defaultHeaders.${name}`, value, textRule);
  }

  const logLevel = options.logLevel ?? (readEnv('OPENAI_LOG')?.toLowerCase() as LogLevel | undefined) ?? 'warn';
  if (!logLevels.includes(logLevel)) {
    const option = options.logLevel === undefined ? 'OPENAI_LOG' : 'logLevel';
    throw new ConfigError(option, `expected one of ${logLevels.join(', ')}`);
  }

  return {
    apiKey,
    baseURL,
    headers,
    defaultQuery: options.defaultQuery,
    timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
    totalTimeout: options.totalTimeout,
    idleTimeout: options.idleTimeout,
    maxRetries: options.maxRetries ?? 2,
    maxRetryAfter: options.maxRetryAfter ?? 60_000,
    lenientStreamEnd: options.lenientStreamEnd,
    hooks: options.hooks ?? {},
    logger: createLevelLogger(logLevel, options.logger ?? console),
    redact: options.redact?.map((name) => name.toLowerCase()),
    debug: logLevel === 'debug',
    transport: withFetchOptions(
      createDefaultTransport({ fetch: options.fetch, dispatcher: options.dispatcher }),
      options.fetchOptions,
    ),
  };
}
