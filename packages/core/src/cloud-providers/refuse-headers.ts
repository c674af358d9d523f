import { InvalidInputError } from '../errors/invalid-input-error.js';

/** Throws when the call already carries one of `names`, which the provider sets itself (lowercased names). */
export function refuseHeaders(provider: string, headers: Record<string, string>, names: readonly string[]): void {
  for (const name of names) {
    if (name in headers) {
      throw new InvalidInputError(
        `headers.${name}`,
        `${provider} sets the credentials of every call; remove this header`,
      );
    }
  }
}
