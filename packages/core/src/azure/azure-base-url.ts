import { checkOption, textRule } from '../client/check-option.js';
import { readEnv } from '../config/read-env.js';
import { ConfigError } from '../errors/config-error.js';

/** The client's base URL, and the option or variable it came from (for an error that names it). */
export interface AzureBaseURL {
  url: string;
  source: string;
}

function fromEndpoint(endpoint: string, source: string): AzureBaseURL {
  return { url: `${checkOption(source, endpoint, textRule).replace(/\/+$/, '')}/openai`, source };
}

/**
 * `<endpoint>/openai`, or the `baseURL` given instead. An option wins over the environment: `AZURE_OPENAI_ENDPOINT`,
 * then `OPENAI_BASE_URL` (which the official package reads first; an Azure client follows its own variable before one
 * that may be set for OpenAI).
 */
export function azureBaseURL(endpoint: string | undefined, baseURL: string | undefined): AzureBaseURL {
  if (endpoint !== undefined && baseURL !== undefined) {
    throw new ConfigError('endpoint', 'give `endpoint` or `baseURL`, not both');
  }
  if (baseURL !== undefined) return { url: baseURL, source: 'baseURL' };
  if (endpoint !== undefined) return fromEndpoint(endpoint, 'endpoint');
  const envEndpoint = readEnv('AZURE_OPENAI_ENDPOINT');
  if (envEndpoint !== undefined) return fromEndpoint(envEndpoint, 'AZURE_OPENAI_ENDPOINT');
  const envBaseURL = readEnv('OPENAI_BASE_URL');
  if (envBaseURL !== undefined) return { url: envBaseURL, source: 'OPENAI_BASE_URL' };
  throw new ConfigError('endpoint', 'missing; pass `endpoint` (or `baseURL`) or set AZURE_OPENAI_ENDPOINT');
}
