import { readEnv } from '../config/read-env.js';
import { MissingDependencyError } from '../errors/missing-dependency-error.js';
import { OpenAIError } from '../errors/openai-error.js';
import { importOptionalPeer } from './import-optional-peer.js';
import type { AwsCredentials } from './sign-sigv4.js';

/** Called before every attempt, retries included, for the credentials to sign it with; it refreshes them itself. */
export type AwsCredentialsProvider = () => AwsCredentials | Promise<AwsCredentials>;

const CHAIN_PACKAGE = '@aws-sdk/credential-provider-node';

interface CredentialChainModule {
  defaultProvider(init?: { profile?: string }): () => Promise<AwsCredentials>;
}

/**
 * Where each attempt's credentials come from: `credentialProvider`, else the AWS SDK's default chain for `profile`
 * (its shared config), else the default chain (environment, SSO, web identity, container and instance roles). The
 * chain is `@aws-sdk/credential-provider-node`, an optional peer loaded on first use; without it, the default chain
 * falls back to `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`.
 */
export function awsCredentialSource(
  credentialProvider: AwsCredentialsProvider | undefined,
  profile: string | undefined,
): () => Promise<AwsCredentials> {
  if (credentialProvider) return async () => checkCredentials(await credentialProvider());
  let chain: Promise<() => Promise<AwsCredentials>> | undefined;
  return async () => {
    chain ??= loadChain(profile);
    let resolve: () => Promise<AwsCredentials>;
    try {
      resolve = await chain;
    } catch (error) {
      chain = undefined;
      throw error;
    }
    let credentials: AwsCredentials;
    try {
      credentials = await resolve();
    } catch (error) {
      throw new OpenAIError(
        `bedrock: no AWS credentials found${profile ? ` for profile ${profile}` : ''}; pass credentials to bedrock() or configure the AWS credential chain`,
        { cause: error },
      );
    }
    return checkCredentials(credentials);
  };
}

async function loadChain(profile: string | undefined): Promise<() => Promise<AwsCredentials>> {
  let module: CredentialChainModule;
  try {
    module = (await importOptionalPeer(CHAIN_PACKAGE)) as CredentialChainModule;
  } catch (error) {
    if (!profile && readEnv('AWS_ACCESS_KEY_ID')) return async () => fromEnvironment();
    const what = profile ? `the AWS profile ${profile}` : 'the default AWS credential chain';
    throw new MissingDependencyError(
      CHAIN_PACKAGE,
      `bedrock: ${what} needs ${CHAIN_PACKAGE}: install it (npm install ${CHAIN_PACKAGE}), ` +
        'or pass accessKeyId and secretAccessKey, or a credentialProvider, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY',
      { cause: error },
    );
  }
  return module.defaultProvider(profile ? { profile } : {});
}

/** Read on every attempt, so credentials rotated in the environment are picked up. */
function fromEnvironment(): AwsCredentials {
  return {
    accessKeyId: readEnv('AWS_ACCESS_KEY_ID') ?? '',
    secretAccessKey: readEnv('AWS_SECRET_ACCESS_KEY') ?? '',
    sessionToken: readEnv('AWS_SESSION_TOKEN'),
  };
}

/** Never quotes them: whatever is wrong with credentials, they are still secrets. */
function checkCredentials(credentials: AwsCredentials): AwsCredentials {
  const { accessKeyId, secretAccessKey, sessionToken } = credentials ?? {};
  if (
    typeof accessKeyId !== 'string' ||
    !accessKeyId.trim() ||
    typeof secretAccessKey !== 'string' ||
    !secretAccessKey.trim() ||
    (sessionToken !== undefined && (typeof sessionToken !== 'string' || !sessionToken.trim()))
  ) {
    throw new OpenAIError(
      'bedrock: the AWS credentials need a non-empty accessKeyId and secretAccessKey (and sessionToken, when given)',
    );
  }
  return credentials;
}
