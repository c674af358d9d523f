import { InvalidInputError } from '../errors/invalid-input-error.js';
import { encodeComponent } from './encode-component.js';
import { UNSENDABLE } from './unsendable-value.js';

/**
 * Serializes query parameters the way the API reads them: arrays as `key[]=a&key[]=b`,
 * objects as `key[sub]=v`, `null`/`undefined` left out, everything percent-encoded.
 * A value that is neither text, a number, a boolean, a date, an array nor a plain object (a function, an
 * `AbortSignal`, a class instance) is refused, naming it, rather than sent as garbage.
 */
export function serializeQuery(query: Record<string, unknown>): string {
  const pairs: string[] = [];
  for (const key in query) appendPairs(pairs, key, query[key]);
  return pairs.join('&');
}

function appendPairs(pairs: string[], key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    const arrayKey = key.endsWith('[]') ? key : `${key}[]`;
    for (const item of value) appendPairs(pairs, arrayKey, item);
  } else if (value instanceof Date) {
    pairs.push(`${encodeComponent(key, `query.${key}`)}=${encodeURIComponent(value.toISOString())}`);
  } else if (typeof value === 'object' || typeof value === 'function') {
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) throw new InvalidInputError(`query.${key}`, UNSENDABLE);
    for (const sub in value) appendPairs(pairs, `${key}[${sub}]`, (value as Record<string, unknown>)[sub]);
  } else {
    pairs.push(`${encodeComponent(key, `query.${key}`)}=${encodeComponent(String(value), `query.${key}`)}`);
  }
}
