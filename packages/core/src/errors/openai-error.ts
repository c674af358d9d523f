const kindsKey = Symbol.for('@org/core.error-kinds');

type ErrorWithKinds = { [kindsKey]?: readonly string[] };

/**
 * Root of every error the SDK throws. `instanceof` checks on it and on its
 * subclasses hold across duplicate copies of `@org/core` (an app that ends up
 * with two versions installed), because they compare a registered kind name
 * rather than the class identity.
 */
export class OpenAIError extends Error {
  static readonly kind: string = 'OpenAIError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    const kinds: string[] = [];
    for (let type: unknown = new.target; type && type !== Error; type = Object.getPrototypeOf(type)) {
      if (Object.hasOwn(type, 'kind')) kinds.push((type as { kind: string }).kind);
    }
    Object.defineProperty(this, kindsKey, { value: kinds, enumerable: false });
    this.name = kinds[0] ?? 'OpenAIError';
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== 'object' || value === null) return false;
    const kinds = (value as ErrorWithKinds)[kindsKey];
    // `this` is the class `instanceof` was asked about: a subclass checks its own kind.
    // biome-ignore lint/complexity/noThisInStatic: the dispatch on the subclass is the point
    return Array.isArray(kinds) && kinds.includes((this as unknown as { kind: string }).kind);
  }
}
