import { type Client, type ClientOptions, ConfigError, createClient } from '@org/core';
import { isBrowser, readEnv } from '@org/core/internal';

export interface AdminClientOptions extends ClientOptions {
  /**
   * Run in a browser page anyway, where every visitor can read the admin key and with it run the whole organization:
   * its projects, members, keys and billing. `dangerouslyAllowBrowser` alone does not allow an admin key.
   */
  dangerouslyAllowAdminKeyInBrowser?: boolean | undefined;
}

/**
 * A client for organization admin calls: `createClient`, with the key from `apiKey` or `OPENAI_ADMIN_KEY`. It never
 * falls back to `OPENAI_API_KEY`: a project key cannot call admin endpoints. In a browser page it refuses to start
 * unless `dangerouslyAllowAdminKeyInBrowser` is set, whatever the key's form (a key function or an `ek_` secret too).
 */
export function createAdminClient(options: AdminClientOptions = {}): Client {
  const { dangerouslyAllowAdminKeyInBrowser, ...clientOptions } = options;
  const apiKey = clientOptions.apiKey ?? readEnv('OPENAI_ADMIN_KEY');
  if (!apiKey) {
    throw new ConfigError(
      'apiKey',
      'missing admin key; pass `apiKey` (`adminAPIKey` to `new OpenAI()`) or set OPENAI_ADMIN_KEY',
    );
  }
  if (isBrowser() && dangerouslyAllowAdminKeyInBrowser !== true) {
    throw new ConfigError(
      'dangerouslyAllowAdminKeyInBrowser',
      'every visitor of a page could run the organization with its admin key; set this to true to allow it',
    );
  }
  // In a page only with the opt-in, which then stands for core's own.
  return createClient({ ...clientOptions, apiKey, dangerouslyAllowBrowser: dangerouslyAllowAdminKeyInBrowser });
}
