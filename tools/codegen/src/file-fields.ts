import type { SchemaRegistry } from './schema-registry.js';
import type { SchemaObject } from './spec-types.js';

/** Whether every value the schema allows is a file or a list of files (`format: binary`, or unions and arrays of it). */
function holdsOnlyFiles(schema: SchemaObject, registry: SchemaRegistry, depth = 0): boolean {
  if (depth > 8) return false;
  const resolved = registry.resolve(schema);
  if (resolved.format === 'binary') return true;
  if (resolved.type === 'array')
    return resolved.items !== undefined && holdsOnlyFiles(resolved.items, registry, depth + 1);
  const branches = [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])];
  return branches.length > 0 && branches.every((branch) => holdsOnlyFiles(branch, registry, depth + 1));
}

/** The multipart fields that take only files, so the SDK can refuse anything else before sending. */
export function fileFields(fields: Map<string, SchemaObject>, registry: SchemaRegistry): string[] {
  return [...fields].filter(([, schema]) => holdsOnlyFiles(schema, registry)).map(([name]) => name);
}
