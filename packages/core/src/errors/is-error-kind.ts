import type { ErrorKindMap } from './error-kind-map.js';
import { errorKindsKey } from './error-kinds-key.js';

/**
 * Whether a value is an SDK error of a kind (`'RateLimitError'`) or of one of its subclasses. It reads a marker, not
 * the class, so it holds for an error from another copy of the package or another realm (an iframe, a `node:vm`
 * context); not for a structured clone (`postMessage`), which keeps only the message. `instanceof` on an SDK error
 * class runs this same check.
 */
export function isErrorKind<Kind extends keyof ErrorKindMap>(value: unknown, kind: Kind): value is ErrorKindMap[Kind] {
  const kinds = (value as Record<symbol, unknown> | null | undefined)?.[errorKindsKey];
  return Array.isArray(kinds) && kinds.includes(kind);
}
