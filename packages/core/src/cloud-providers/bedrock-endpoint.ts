import { checkApiRoot } from '../client/check-api-root.js';
import { readEnv } from '../config/read-env.js';
import { ConfigError } from '../errors/config-error.js';
import type { BedrockEndpoint, BedrockOptions } from './bedrock-options.js';

export interface ResolvedBedrockEndpoint {
  endpoint: BedrockEndpoint;
  /** Undefined only with a base URL given and no region anywhere: enough for a bearer token, not for SigV4. */
  region: string | undefined;
  /** Without a trailing slash. */
  baseURL: string;
}

const REGION = /^[a-z]{2,8}(-[a-z0-9]+)+-\d+$/;

/** The DNS suffixes of Bedrock Runtime in `region`'s partition: standard, then dual-stack. */
function runtimeSuffixes(region: string): readonly [string, string] {
  const partitions: Record<string, readonly [string, string]> = {
    'cn-': ['amazonaws.com.cn', 'api.amazonwebservices.com.cn'],
    'eusc-': ['amazonaws.eu', 'api.amazonwebservices.eu'],
    'us-iso-': ['c2s.ic.gov', 'api.aws.ic.gov'],
    'us-isob-': ['sc2s.sgov.gov', 'api.aws.scloud'],
    'eu-isoe-': ['cloud.adc-e.uk', 'api.cloud-aws.adc-e.uk'],
    'us-isof-': ['csp.hci.ic.gov', 'api.aws.hci.ic.gov'],
  };
  for (const prefix in partitions) if (region.startsWith(prefix)) return partitions[prefix] as [string, string];
  return ['amazonaws.com', 'api.aws'];
}

/** The endpoint and region an AWS Bedrock hostname names, or undefined for any other host. */
export function parseBedrockHostname(hostname: string): { endpoint: BedrockEndpoint; region: string } | undefined {
  const [service, region, ...rest] = hostname.toLowerCase().replace(/\.$/, '').split('.');
  const suffix = rest.join('.');
  if (!region || !/^[a-z0-9-]+$/.test(region)) return undefined;
  if (service === 'bedrock-mantle' && suffix === 'api.aws') return { endpoint: 'mantle', region };
  if (
    (service === 'bedrock-runtime' || service === 'bedrock-runtime-fips') &&
    runtimeSuffixes(region).includes(suffix)
  ) {
    return { endpoint: 'runtime', region };
  }
  return undefined;
}

/** A trimmed string option, undefined when absent; an empty one is refused, naming it. */
function text(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !value.trim()) throw new ConfigError(name, 'expected a non-empty string');
  return value.trim();
}

/**
 * Region: `region`, `AWS_REGION`, `AWS_DEFAULT_REGION`. Base URL: `baseURL`, `AWS_BEDROCK_BASE_URL` (unless `baseURL`
 * is `null`), else the region's endpoint; a `/responses…` tail and trailing slashes are cut. A Bedrock hostname must
 * be https and agree with `endpoint` and the region.
 */
export function resolveBedrockEndpoint(options: BedrockOptions): ResolvedBedrockEndpoint {
  const chosen = options.endpoint;
  if (chosen !== undefined && chosen !== 'mantle' && chosen !== 'runtime') {
    throw new ConfigError('bedrock.endpoint', "expected 'mantle' or 'runtime'");
  }
  const region = text('bedrock.region', options.region) ?? readEnv('AWS_REGION') ?? readEnv('AWS_DEFAULT_REGION');
  if (region !== undefined && !REGION.test(region)) {
    throw new ConfigError(
      options.region === undefined ? 'AWS_REGION' : 'bedrock.region',
      'expected an AWS region such as us-east-1',
    );
  }
  const fromOption = options.baseURL !== undefined;
  const given = fromOption ? text('bedrock.baseURL', options.baseURL) : readEnv('AWS_BEDROCK_BASE_URL');
  if (given === undefined) {
    if (!region) {
      throw new ConfigError('bedrock.region', 'missing; pass `region`, or set AWS_REGION or AWS_DEFAULT_REGION');
    }
    const endpoint = chosen ?? 'mantle';
    const host =
      endpoint === 'runtime'
        ? `bedrock-runtime.${region}.${runtimeSuffixes(region)[0]}`
        : `bedrock-mantle.${region}.api.aws`;
    return { endpoint, region, baseURL: `https://${host}/openai/v1` };
  }
  const option = fromOption ? 'bedrock.baseURL' : 'AWS_BEDROCK_BASE_URL';
  const url = new URL(checkApiRoot(option, given));
  url.pathname = url.pathname.replace(/\/responses(\/.*)?$/, '').replace(/\/+$/, '');
  const baseURL = url.href.replace(/\/+$/, '');
  const named = parseBedrockHostname(url.hostname);
  const endpoint = chosen ?? named?.endpoint ?? 'mantle';
  if (named) {
    if (url.protocol !== 'https:') throw new ConfigError(option, 'an AWS Bedrock endpoint takes https only');
    if (named.endpoint !== endpoint) {
      throw new ConfigError(
        'bedrock.endpoint',
        `the ${named.endpoint} hostname of the base URL needs endpoint '${named.endpoint}'`,
      );
    }
    if (region && named.region !== region) {
      throw new ConfigError(option, `its region ${named.region} is not the configured region ${region}`);
    }
  }
  return { endpoint, region: region ?? named?.region, baseURL };
}
