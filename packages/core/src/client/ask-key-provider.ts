import { OpenAIError } from '../errors/openai-error.js';
import { HEADER_TEXT, hasUnsafeText } from '../request/has-unsafe-text.js';

/** The key an `apiKey` function gives for one attempt, checked as a plain key is when the client is made. */
export async function askKeyProvider(provider: () => string | Promise<string>): Promise<string> {
  const key = await provider();
  if (typeof key !== 'string' || key === '' || hasUnsafeText(key)) {
    throw new OpenAIError(`The apiKey provider must return a non-empty string of ${HEADER_TEXT}.`);
  }
  return key;
}
