import { isErrorKind } from './is-error-kind.js';
import type { OpenAIError } from './openai-error.js';

/** Whether a value is an error the SDK threw, from this copy of the package, another copy or another realm. */
export function isOpenAIError(value: unknown): value is OpenAIError {
  return isErrorKind(value, 'OpenAIError');
}
