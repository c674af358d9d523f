import { type Client, ConfigError, createClient } from '@org/core';
import { readEnv } from '@org/core/internal';

type ClientOptions = NonNullable<Parameters<typeof createClient>[0]>;

/**
 * A client for organization admin calls: `createClient`, with the key from `apiKey` or `OPENAI_ADMIN_KEY`. It never
 * falls back to `OPENAI_API_KEY`: a project key cannot call admin endpoints.
 */
export function createAdminClient(options?: ClientOptions): Client {
  const apiKey = options?.apiKey ?? readEnv('OPENAI_ADMIN_KEY');
  if (!apiKey) {
    throw new ConfigError(
      'apiKey',
      'missing admin key; pass `apiKey` (`adminAPIKey` to `new OpenAI()`) or set OPENAI_ADMIN_KEY',
    );
  }
  return createClient({ ...options, apiKey });
}
