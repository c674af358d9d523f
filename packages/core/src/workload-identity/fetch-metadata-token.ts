import type { FetchLike } from '../transport/fetch-like.js';
import { SubjectTokenProviderError } from './subject-token-provider-error.js';

/** Options of the providers that ask a cloud metadata service. */
export interface MetadataRequestOptions {
  /** Milliseconds the metadata request may take; default 10 000. */
  timeout?: number | undefined;
  /** The fetch to send it with; default the platform's. */
  fetch?: FetchLike | undefined;
}

/**
 * GETs `url` from a metadata service with `headers` and returns the body of a 2xx reply; any failure, a timeout
 * included, is a `SubjectTokenProviderError` of `provider`. The body is never quoted: it may hold a token.
 */
export async function fetchMetadataToken(
  url: URL,
  headers: Record<string, string>,
  provider: string,
  options: MetadataRequestOptions,
): Promise<string> {
  const where = `${url.origin}${url.pathname}`;
  try {
    const response = await (options.fetch ?? globalThis.fetch)(url.href, {
      headers,
      signal: AbortSignal.timeout(options.timeout ?? 10_000),
    });
    if (!response.ok) {
      response.body?.cancel().catch(() => {});
      throw new SubjectTokenProviderError(`The metadata service at ${where} answered ${response.status}.`, provider);
    }
    return await response.text();
  } catch (thrown) {
    if (thrown instanceof SubjectTokenProviderError) throw thrown;
    const reason = (thrown as Error)?.name === 'TimeoutError' ? 'timed out' : (thrown as Error)?.message;
    throw new SubjectTokenProviderError(`No token from the metadata service at ${where}: ${reason}.`, provider, {
      cause: thrown,
    });
  }
}
