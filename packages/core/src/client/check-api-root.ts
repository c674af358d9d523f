import { ConfigError } from '../errors/config-error.js';

/**
 * Returns `value` when it is an API root: an absolute http(s) URL that paths are appended to, so without a query or
 * fragment (which would swallow them) or credentials (which are never sent); else throws a `ConfigError` naming `option`.
 */
export function checkApiRoot(option: string, value: unknown): string {
  if (typeof value !== 'string' || !/^https?:\/\/[^/?#@]+(\/[^?#]*)?$/.test(value) || !URL.canParse(value)) {
    throw new ConfigError(option, 'expected an absolute http(s) URL without credentials, query or fragment');
  }
  return value;
}
