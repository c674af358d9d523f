// `@org/core/providers/bedrock-aws`: Amazon Bedrock with a bearer token or AWS Signature Version 4 (WebCrypto).
export type { Provider } from '../client/provider.js';
export type { AwsCredentialsProvider } from '../cloud-providers/aws-credential-source.js';
export { type BedrockAwsOptions, bedrock } from '../cloud-providers/bedrock-aws.js';
export type { BedrockEndpoint, BedrockOptions } from '../cloud-providers/bedrock-options.js';
export type { AwsCredentials } from '../cloud-providers/sign-sigv4.js';
