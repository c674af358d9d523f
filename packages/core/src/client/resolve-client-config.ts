import { readEnv } from '../config/read-env.js';
import { ConfigError } from '../errors/config-error.js';
import { createLevelLogger, type LogLevel, logLevels } from '../logging/logger.js';
import { createDefaultTransport } from '../transport/default-transport.js';
import type { ClientConfig } from './client-config.js';
import type { ClientOptions } from './client-options.js';
import { isBrowser } from './is-browser.js';

const knownOptions = new Set<string>([
  'apiKey',
  'baseURL',
  'organization',
  'project',
  'defaultHeaders',
  'defaultQuery',
  'timeout',
  'totalTimeout',
  'idleTimeout',
  'maxRetries',
  'maxRetryAfter',
  'fetch',
  'dispatcher',
  'hooks',
  'logLevel',
  'logger',
  'dangerouslyAllowBrowser',
]);

const unsafeText = /[\r\n\0]/;

/** Checks every option and fills defaults from the environment; a bad option throws a `ConfigError` naming it. */
export function resolveClientConfig(options: ClientOptions): ClientConfig {
  if (typeof options !== 'object' || options === null) throw new ConfigError('options', 'expected an object');
  for (const name in options) {
    if (!knownOptions.has(name)) throw new ConfigError(name, 'unknown option');
  }

  const apiKey = options.apiKey ?? readEnv('OPENAI_API_KEY');
  if (apiKey === undefined || apiKey === '') {
    throw new ConfigError('apiKey', 'missing; pass `apiKey` or set the OPENAI_API_KEY environment variable');
  }
  if (typeof apiKey !== 'string' && typeof apiKey !== 'function') {
    throw new ConfigError('apiKey', 'expected a string or a function returning one');
  }
  if (typeof apiKey === 'string' && unsafeText.test(apiKey)) {
    throw new ConfigError('apiKey', 'contains a line break or NUL');
  }
  if (typeof apiKey === 'string' && isBrowser() && !options.dangerouslyAllowBrowser && !apiKey.startsWith('ek_')) {
    throw new ConfigError(
      'dangerouslyAllowBrowser',
      'a secret API key in a browser is readable by every visitor; use an ephemeral client secret, a key provider function, or set `dangerouslyAllowBrowser: true` if you accept the risk',
    );
  }

  const baseURL = (options.baseURL ?? readEnv('OPENAI_BASE_URL') ?? 'https://api.openai.com/v1').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/.test(baseURL) || !URL.canParse(baseURL)) {
    throw new ConfigError('baseURL', 'expected an absolute http(s) URL');
  }

  const headers: Record<string, string> = { accept: 'application/json' };
  const organization = options.organization === undefined ? readEnv('OPENAI_ORG_ID') : options.organization;
  const project = options.project === undefined ? readEnv('OPENAI_PROJECT_ID') : options.project;
  if (organization) headers['openai-organization'] = checkText('organization', organization);
  if (project) headers['openai-project'] = checkText('project', project);
  if (options.defaultHeaders !== undefined) {
    if (typeof options.defaultHeaders !== 'object' || options.defaultHeaders === null) {
      throw new ConfigError('defaultHeaders', 'expected an object of header names to values');
    }
    for (const [name, value] of Object.entries(options.defaultHeaders)) {
      headers[name.toLowerCase()] = checkText(`defaultHeaders.${name}`, value);
    }
  }
  if (
    options.defaultQuery !== undefined &&
    (typeof options.defaultQuery !== 'object' || options.defaultQuery === null)
  ) {
    throw new ConfigError('defaultQuery', 'expected an object');
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new ConfigError('fetch', 'expected a fetch function');
  }
  if (options.hooks !== undefined && (typeof options.hooks !== 'object' || options.hooks === null)) {
    throw new ConfigError('hooks', 'expected an object of hook functions');
  }

  const logLevel = options.logLevel ?? (readEnv('OPENAI_LOG') as LogLevel | undefined) ?? 'warn';
  if (!logLevels.includes(logLevel)) {
    throw new ConfigError(options.logLevel ? 'logLevel' : 'OPENAI_LOG', `expected one of ${logLevels.join(', ')}`);
  }

  return {
    apiKey,
    baseURL,
    headers,
    defaultQuery: options.defaultQuery,
    timeout: checkDuration('timeout', options.timeout) ?? 600_000,
    totalTimeout: checkDuration('totalTimeout', options.totalTimeout),
    idleTimeout: checkDuration('idleTimeout', options.idleTimeout),
    maxRetries: checkCount('maxRetries', options.maxRetries) ?? 2,
    maxRetryAfter: checkDuration('maxRetryAfter', options.maxRetryAfter, true) ?? 60_000,
    hooks: options.hooks ?? {},
    logger: createLevelLogger(logLevel, options.logger ?? console),
    debug: logLevel === 'debug',
    transport: createDefaultTransport({ fetch: options.fetch, dispatcher: options.dispatcher }),
  };
}

function checkText(option: string, value: unknown): string {
  if (typeof value !== 'string') throw new ConfigError(option, `expected a string, got ${typeof value}`);
  if (unsafeText.test(value)) throw new ConfigError(option, 'contains a line break or NUL');
  return value;
}

export function checkDuration(option: string, value: unknown, allowZero = false): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (value === 0 && !allowZero)) {
    throw new ConfigError(option, `expected a positive number of milliseconds, got ${String(value)}`);
  }
  return value;
}

export function checkCount(option: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new ConfigError(option, `expected a whole number of at least 0, got ${String(value)}`);
  }
  return value;
}
