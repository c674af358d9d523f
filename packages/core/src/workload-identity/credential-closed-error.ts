import { OpenAIError } from '../errors/openai-error.js';

/** A call was made with a credential after its `close()`: make a new credential to call the API again. */
export class CredentialClosedError extends OpenAIError {
  static override readonly kind: string = 'CredentialClosedError';

  constructor() {
    super('The X.509 credential was closed (credential.close()); make a new one to call the API again.');
  }
}
