import { InvalidInputError } from '../errors/invalid-input-error.js';
import { encodeComponent } from './encode-component.js';

/**
 * Substitutes `{name}` placeholders with percent-encoded values. A value can never
 * reach another path or add a query: `/` `?` `#` are encoded, and empty, `.` and `..`
 * values (which would collapse into a different route) are rejected by name.
 */
export function fillPath(template: string, params: Record<string, string> | undefined): string {
  if (!params) return template;
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value: unknown = params[name];
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new InvalidInputError(
        name,
        `expected a string path parameter, got ${value === null ? 'null' : typeof value}`,
      );
    }
    const text = String(value);
    if (text === '' || text === '.' || text === '..') {
      throw new InvalidInputError(name, `path parameter may not be ${text === '' ? 'empty' : `"${text}"`}`);
    }
    return encodeComponent(text, name);
  });
}
