// `@org/core/providers/bedrock-aws`: Amazon Bedrock with a bearer token or AWS Signature Version 4 (WebCrypto).
export type { Provider } from './client/provider.js';
export type { AwsCredentialsProvider } from './providers/aws-credential-source.js';
export { type BedrockAwsOptions, bedrock } from './providers/bedrock-aws.js';
export type { BedrockEndpoint, BedrockOptions } from './providers/bedrock-options.js';
export type { AwsCredentials } from './providers/sign-sigv4.js';
