// `openai/providers/bedrock/aws`: Amazon Bedrock with a bearer token or AWS Signature Version 4. Signing is WebCrypto
// (Node, workers, browsers); only a profile and the full default credential chain need
// `@aws-sdk/credential-provider-node`, loaded when first needed.
export {
  type AwsCredentials as AwsCredentialIdentity,
  type AwsCredentialsProvider,
  type BedrockAwsOptions as BedrockProviderOptions,
  type BedrockEndpoint,
  bedrock,
  type Provider,
} from '@org/core/providers/bedrock-aws';
