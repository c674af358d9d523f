import { InvalidInputError } from '../errors/invalid-input-error.js';

/**
 * Throws unless `url` is on `origin` (scheme, host and port), before any credential is resolved or attached: a hook,
 * a call's `path` or a redirect must not carry a provider's credential to another server.
 */
export function checkOrigin(provider: string, origin: string, url: string): void {
  const target = URL.canParse(url) ? new URL(url).origin : 'an unparsable URL';
  if (target !== origin) {
    throw new InvalidInputError(
      'url',
      `${provider} sends its credentials only to ${origin}, and this call goes to ${target}`,
    );
  }
}
