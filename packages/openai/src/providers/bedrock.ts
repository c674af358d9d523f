// `openai/providers/bedrock`: Amazon Bedrock with a bearer token (a Bedrock API key); no dependencies, browser-safe.
export {
  type BedrockEndpoint,
  type BedrockOptions as BedrockProviderOptions,
  bedrock,
  type Provider,
} from '@org/core/providers/bedrock';
