// `@org/core/providers/bedrock`: Amazon Bedrock with a bearer token; no dependencies, browser-safe.
export type { Provider } from '../client/provider.js';
export { bedrock } from '../cloud-providers/bedrock.js';
export type { BedrockEndpoint, BedrockOptions } from '../cloud-providers/bedrock-options.js';
