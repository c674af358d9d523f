import type { Provider } from '../client/provider.js';
import { ConfigError } from '../errors/config-error.js';
import { type AwsCredentialsProvider, awsCredentialSource } from './aws-credential-source.js';
import { bedrockBearer } from './bedrock-bearer.js';
import { parseBedrockHostname, resolveBedrockEndpoint } from './bedrock-endpoint.js';
import type { BedrockOptions } from './bedrock-options.js';
import { bearerAuthorization, bedrockProvider } from './bedrock-provider.js';
import { readBodyBytes } from './read-body-bytes.js';
import { type AwsCredentials, signSigV4 } from './sign-sigv4.js';

/** Options of `bedrock()` from `@org/core/providers/bedrock-aws`: a bearer token, or AWS credentials to sign with. */
export interface BedrockAwsOptions extends BedrockOptions {
  /** With `secretAccessKey` (and `sessionToken` for temporary credentials). */
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  sessionToken?: string | undefined;
  /** A profile of the AWS shared config files; needs `@aws-sdk/credential-provider-node`. */
  profile?: string | undefined;
  /** Called before every attempt, retries included, for the credentials to sign it with. */
  credentialProvider?: AwsCredentialsProvider | undefined;
}

/**
 * Amazon Bedrock with a bearer token or AWS Signature Version 4: `createClient({ provider: bedrock({ region }) })`.
 * Give one of `apiKey`/`tokenProvider`, static credentials, `profile` or `credentialProvider`; with none,
 * `AWS_BEARER_TOKEN_BEDROCK`, else the default AWS credential chain. Signing is WebCrypto, so it runs in Node,
 * workers and browsers; only a profile and the full default chain need `@aws-sdk/credential-provider-node`.
 */
export function bedrock(options: BedrockAwsOptions = {}): Provider {
  const fixed = staticCredentials(options);
  const profile = typeof options.profile === 'string' ? options.profile.trim() : undefined;
  if (options.profile !== undefined && !profile)
    throw new ConfigError('bedrock.profile', 'expected a non-empty string');
  if (options.credentialProvider !== undefined && typeof options.credentialProvider !== 'function') {
    throw new ConfigError('bedrock.credentialProvider', 'expected a function');
  }
  const modes = [fixed && 'accessKeyId', profile && 'profile', options.credentialProvider && 'credentialProvider'];
  const awsModes = modes.filter(Boolean);
  if (awsModes.length > 1) {
    throw new ConfigError(
      `bedrock.${awsModes[1]}`,
      `not taken with \`${awsModes[0]}\`; give one way to find AWS credentials`,
    );
  }
  const bearer = bedrockBearer(options, awsModes.length === 0);
  if (bearer?.explicit && awsModes.length) {
    throw new ConfigError(`bedrock.${awsModes[0]}`, 'not taken with a bearer `apiKey` or `tokenProvider`; give one');
  }
  const { endpoint, region, baseURL } = resolveBedrockEndpoint(options);
  if (bearer) return bedrockProvider(baseURL, bearerAuthorization(bearer));
  if (!region) {
    throw new ConfigError('bedrock.region', 'missing, and SigV4 signs for a region: pass `region`, or set AWS_REGION');
  }
  if (options.endpoint === undefined && !parseBedrockHostname(new URL(baseURL).hostname)) {
    throw new ConfigError(
      'bedrock.endpoint',
      "missing: a custom base URL needs 'mantle' or 'runtime' to know what to sign for",
    );
  }
  const credentials = fixed ? async () => fixed : awsCredentialSource(options.credentialProvider, profile);
  const service = endpoint === 'runtime' ? 'bedrock' : 'bedrock-mantle';
  return bedrockProvider(baseURL, async (request, body) => {
    const bytes = await readBodyBytes('bedrock', body);
    await signSigV4(request.method, request.url, request.headers, bytes, {
      credentials: await credentials(),
      region,
      service,
    });
  });
}

function staticCredentials({
  accessKeyId,
  secretAccessKey,
  sessionToken,
}: BedrockAwsOptions): AwsCredentials | undefined {
  if (accessKeyId === undefined && secretAccessKey === undefined) {
    if (sessionToken !== undefined)
      throw new ConfigError('bedrock.sessionToken', 'needs accessKeyId and secretAccessKey');
    return undefined;
  }
  for (const [name, value] of [
    ['accessKeyId', accessKeyId],
    ['secretAccessKey', secretAccessKey],
  ] as const) {
    if (typeof value !== 'string' || !value.trim()) {
      throw new ConfigError(
        `bedrock.${name}`,
        'expected a non-empty string; accessKeyId and secretAccessKey go together',
      );
    }
  }
  if (sessionToken !== undefined && (typeof sessionToken !== 'string' || !sessionToken.trim())) {
    throw new ConfigError('bedrock.sessionToken', 'expected a non-empty string');
  }
  return { accessKeyId: accessKeyId as string, secretAccessKey: secretAccessKey as string, sessionToken };
}
