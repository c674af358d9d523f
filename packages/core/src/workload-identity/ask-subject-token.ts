import { OpenAIError } from '../errors/openai-error.js';
import { SubjectTokenProviderError } from './subject-token-provider-error.js';
import type { SubjectTokenProvider } from './workload-identity-options.js';

/**
 * The provider's subject token, checked; a provider that throws something other than an SDK error, gives no token or
 * none before `deadline` fails with a `SubjectTokenProviderError`. Its late answer, or failure, is then ignored.
 */
export function askSubjectToken(
  provider: SubjectTokenProvider,
  deadline: AbortSignal,
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const timedOut = () =>
      reject(
        new SubjectTokenProviderError(`The subject token provider gave no token within ${timeoutMs} ms.`, 'custom'),
      );
    deadline.addEventListener('abort', timedOut, { once: true });
    checkedToken(provider)
      .then(resolve, reject)
      .finally(() => deadline.removeEventListener('abort', timedOut));
  });
}

async function checkedToken(provider: SubjectTokenProvider): Promise<string> {
  let token: unknown;
  try {
    token = await provider.getToken();
  } catch (thrown) {
    if (thrown instanceof OpenAIError) throw thrown;
    throw new SubjectTokenProviderError('The subject token provider failed.', 'custom', { cause: thrown });
  }
  if (typeof token !== 'string' || token.trim() === '') {
    throw new SubjectTokenProviderError(
      'The subject token provider gave no token (expected a non-empty string).',
      'custom',
    );
  }
  return token;
}
