import { OpenAIError } from '../errors/openai-error.js';

/** A subject token provider could not give a token: the file, or the metadata service, failed or gave none. */
export class SubjectTokenProviderError extends OpenAIError {
  static override readonly kind: string = 'SubjectTokenProviderError';

  constructor(
    message: string,
    /** Which provider failed: `kubernetes`, `azure-imds` or `gcp-metadata`, as in the official package. */
    readonly provider: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
