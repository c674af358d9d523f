import { OpenAIError } from './openai-error.js';

/** A client option is missing or invalid; thrown by `createClient`, naming the option. */
export class ConfigError extends OpenAIError {
  static override readonly kind: string = 'ConfigError';

  constructor(
    readonly option: string,
    problem: string,
  ) {
    super(`Invalid client option \`${option}\`: ${problem}`);
  }
}
