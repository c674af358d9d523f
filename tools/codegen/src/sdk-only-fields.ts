import type { SchemaObject } from './spec-types.js';

/**
 * The fields the spec declares for SDKs to fill (`x-oaiSupportedSDKs`, which the server never sends), each with the
 * hand-written export of the package, in `src/<kebab-name>.ts`, that fills it on a result.
 */
export const sdkOnlyFillers: Readonly<Record<string, string>> = { output_text: 'withOutputText' };

/** Whether a field's schema is one the spec asks a JavaScript SDK to fill. */
export function isSdkOnly(schema: SchemaObject, resolve: (schema: SchemaObject) => SchemaObject): boolean {
  const resolved = resolve(schema);
  const sdks = (resolved as { 'x-oaiSupportedSDKs'?: string[] })['x-oaiSupportedSDKs'];
  return sdks?.includes('javascript') === true || (resolved.anyOf ?? []).some((member) => isSdkOnly(member, resolve));
}
