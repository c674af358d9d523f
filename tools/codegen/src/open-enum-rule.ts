/**
 * The open-enum rule: where the API keeps adding values, a string enum is emitted as
 * `'a' | 'b' | (string & {})` so editors still suggest the known values but any string is accepted.
 *
 * 1. Structural: a `oneOf`/`anyOf` that pairs a bare `{ type: 'string' }` with string literals or
 *    string enums (the spec's own "known values or any string" idiom, used for model ids) keeps the
 *    literals and turns the bare string into `(string & {})` instead of swallowing them.
 * 2. By name: a string `enum` with two or more values is opened when the component schema or the
 *    property it describes is named after models or voices (`model`, `voice`, `VideoModel`,
 *    `AssistantSupportedModels`, ...). Single-value enums are discriminators and stay closed.
 */
const openEnumName = /(^|_|[a-z])(model|voice)s?$/i;

export function isOpenEnumName(name: string | undefined): boolean {
  return name !== undefined && openEnumName.test(name);
}

export const openString = '(string & {})';
