import { type Client, createClient, readEnv } from '@org/core';

type ClientOptions = NonNullable<Parameters<typeof createClient>[0]>;

/** A client for organization admin calls: `createClient`, with the key defaulting to `OPENAI_ADMIN_KEY`. */
export function createAdminClient(options?: ClientOptions): Client {
  return createClient({ ...options, apiKey: options?.apiKey ?? readEnv('OPENAI_ADMIN_KEY') });
}
