import type { ClientOptions } from './client-options.js';

/**
 * A third-party host of the API that owns a client's endpoint and credentials (`bedrock()`, `vertex()` from
 * `@org/core/providers/*`). With one, `apiKey`, `baseURL` and the `OPENAI_*` credential variables are not used.
 */
export interface Provider {
  /** Named in errors: `bedrock`, `vertex`. */
  readonly name: string;
  /** Where calls go. */
  readonly baseURL: string;
  /**
   * The client's options as the provider wants them, called as a client is made: it refuses what it replaces with a
   * `ConfigError`, sets the base URL, keeps OpenAI's key header and `OPENAI_*` variables out, and adds the
   * `beforeRequest` hook, run after the user's on every attempt, that authorizes or signs it.
   */
  configure(options: ClientOptions): ClientOptions;
}
