import { readEnv } from '../config/read-env.js';
import { ConfigError } from '../errors/config-error.js';
import { OpenAIError } from '../errors/openai-error.js';
import { hasUnsafeText } from '../request/has-unsafe-text.js';
import type { BedrockOptions } from './bedrock-options.js';

export interface BedrockBearer {
  /** The token to send on this attempt. */
  token(): Promise<string>;
  /** Given as an option, not found in `AWS_BEARER_TOKEN_BEDROCK`. */
  explicit: boolean;
}

/**
 * The bearer token source: `tokenProvider`, `apiKey`, else `AWS_BEARER_TOKEN_BEDROCK` (read on every attempt, so a
 * rotated one is picked up) when `environment` allows it and `apiKey` is not `null`; undefined when there is none.
 */
export function bedrockBearer(options: BedrockOptions, environment: boolean): BedrockBearer | undefined {
  const { apiKey, tokenProvider } = options;
  if (apiKey !== undefined && apiKey !== null && (typeof apiKey !== 'string' || !apiKey.trim())) {
    throw new ConfigError('bedrock.apiKey', 'expected a non-empty string');
  }
  if (typeof apiKey === 'string' && hasUnsafeText(apiKey)) {
    throw new ConfigError('bedrock.apiKey', 'expected text a header can carry');
  }
  if (tokenProvider !== undefined && typeof tokenProvider !== 'function') {
    throw new ConfigError('bedrock.tokenProvider', 'expected a function');
  }
  if (typeof apiKey === 'string' && tokenProvider) {
    throw new ConfigError('bedrock.tokenProvider', '`apiKey` and `tokenProvider` are mutually exclusive; give one');
  }
  if (tokenProvider) return { token: async () => checkToken(await tokenProvider()), explicit: true };
  if (typeof apiKey === 'string') return { token: async () => apiKey, explicit: true };
  if (!environment || apiKey === null || !readEnv('AWS_BEARER_TOKEN_BEDROCK')) return undefined;
  return {
    token: async () => {
      const token = readEnv('AWS_BEARER_TOKEN_BEDROCK');
      if (!token) throw new OpenAIError('bedrock: AWS_BEARER_TOKEN_BEDROCK is no longer set');
      return checkToken(token);
    },
    explicit: false,
  };
}

/** Never quotes the token: whatever is wrong with it, it is still a credential. */
function checkToken(token: unknown): string {
  if (typeof token !== 'string' || !token.trim() || hasUnsafeText(token) || token !== token.trim()) {
    throw new OpenAIError('bedrock: the bearer token must be a non-empty string a header can carry');
  }
  return token;
}
