import { OpenAIError } from './openai-error.js';

/**
 * An optional peer dependency a helper needs (zod for the zod helpers) is not installed, or is too old to have what
 * the helper uses; `dependency` names the package, `cause` holds the error loading it.
 */
export class MissingDependencyError extends OpenAIError {
  static override readonly kind: string = 'MissingDependencyError';

  constructor(
    readonly dependency: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
