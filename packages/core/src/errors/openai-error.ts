import type { ErrorKindMap } from './error-kind-map.js';
import { errorKindsKey } from './error-kinds-key.js';
import { isErrorKind } from './is-error-kind.js';

/**
 * Root of every error the SDK throws. `instanceof` checks on it and on its
 * subclasses hold across duplicate copies of `@org/core` (an app that ends up
 * with two versions installed), because they compare a registered kind name
 * rather than the class identity.
 *
 * Each subclass states its own `static override readonly kind`, unique across
 * the SDK. A subclass without one (a user's, or a forgotten one) is checked by
 * its prototype chain instead: with its parent's kind, every instance of the
 * parent would pass `instanceof` it.
 */
export class OpenAIError extends Error {
  static readonly kind: string = 'OpenAIError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    const kinds: string[] = [];
    for (let type: object = new.target; type !== Error; type = Object.getPrototypeOf(type)) {
      if (Object.hasOwn(type, 'kind')) kinds.push((type as { kind: string }).kind);
    }
    // Not enumerable, writable or configurable: the defaults of defineProperty.
    Object.defineProperty(this, errorKindsKey, { value: kinds });
    this.name = kinds[0]!;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    // `this` is the class `instanceof` was asked about.
    // biome-ignore-start lint/complexity/noThisInStatic: the dispatch on the subclass is the point
    return Object.hasOwn(this, 'kind')
      ? isErrorKind(value, this.kind as keyof ErrorKindMap)
      : super[Symbol.hasInstance](value);
    // biome-ignore-end lint/complexity/noThisInStatic: the dispatch on the subclass is the point
  }
}
