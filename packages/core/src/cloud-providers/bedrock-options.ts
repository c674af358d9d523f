/** Which Bedrock API serves the calls, and so which SigV4 service signs them: `bedrock-mantle` or `bedrock`. */
export type BedrockEndpoint = 'mantle' | 'runtime';

/** Options of `bedrock()` from `@org/core/providers/bedrock`: the endpoint, and a bearer credential. */
export interface BedrockOptions {
  /**
   * `mantle` (default): `https://bedrock-mantle.<region>.api.aws/openai/v1`; `runtime`: Bedrock Runtime's
   * `https://bedrock-runtime.<region>.amazonaws.com/openai/v1`. A Bedrock hostname in `baseURL` selects its own.
   */
  endpoint?: BedrockEndpoint | undefined;
  /** Defaults to `AWS_REGION`, then `AWS_DEFAULT_REGION`. */
  region?: string | undefined;
  /** The API root; defaults to `AWS_BEDROCK_BASE_URL`, then the region's endpoint. `null` ignores the variable. */
  baseURL?: string | null | undefined;
  /** A Bedrock API key, sent as a bearer token; defaults to `AWS_BEARER_TOKEN_BEDROCK`, which `null` ignores. */
  apiKey?: string | null | undefined;
  /** Called before every attempt, retries included, for the bearer token to send. Not taken with `apiKey`. */
  tokenProvider?: (() => string | Promise<string>) | undefined;
}
