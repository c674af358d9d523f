/** `$id` under which the spec's components are registered with the validator. */
export const specSchemaId = 'openapi.json';

/** Keywords whose values are data, not schemas: copied as they are. */
const dataKeywords = new Set(['const', 'default', 'enum', 'example', 'examples', 'discriminator', 'required']);
/** Keywords whose values map names to schemas. */
const schemaMaps = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withNull(schema: JsonObject): JsonObject {
  if (schema.type === undefined) return { anyOf: [schema, { type: 'null' }] };
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!types.includes('null')) schema.type = [...types, 'null'];
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  return schema;
}

/** OpenAPI 3.0's `exclusiveMinimum: true` beside `minimum` is 2020-12's numeric `exclusiveMinimum`. */
function numericBound(schema: JsonObject, exclusive: string, inclusive: string): void {
  if (typeof schema[exclusive] !== 'boolean') return;
  if (schema[exclusive] === true && typeof schema[inclusive] === 'number') {
    schema[exclusive] = schema[inclusive];
    delete schema[inclusive];
  } else delete schema[exclusive];
}

/**
 * A spec schema as plain JSON Schema 2020-12, for ajv. The spec is OpenAPI 3.1 with some 3.0 and 2019-09 idioms:
 * `nullable: true` adds `null`; boolean `exclusiveMinimum`/`exclusiveMaximum` become numbers; `$recursiveRef: '#'`
 * becomes a `$ref` to `component` (the schema declaring `$recursiveAnchor`); and `#/components/...` refs point into
 * the document registered as `specSchemaId`, so an operation's inline schema also compiles on its own.
 */
export function toJsonSchema(schema: unknown, component?: string): unknown {
  if (Array.isArray(schema)) return schema.map((item) => toJsonSchema(item, component));
  if (!isObject(schema)) return schema;
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$recursiveAnchor') continue;
    if (key === '$recursiveRef' && value === '#' && component !== undefined) {
      result.$ref = `${specSchemaId}#/components/schemas/${component}`;
    } else if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) {
      result.$ref = `${specSchemaId}${value}`;
    } else if (schemaMaps.has(key) && isObject(value)) {
      result[key] = Object.fromEntries(
        Object.entries(value).map(([name, item]) => [name, toJsonSchema(item, component)]),
      );
    } else {
      result[key] = dataKeywords.has(key) || key.startsWith('x-') ? value : toJsonSchema(value, component);
    }
  }
  numericBound(result, 'exclusiveMinimum', 'minimum');
  numericBound(result, 'exclusiveMaximum', 'maximum');
  const nullable = result.nullable;
  delete result.nullable;
  return nullable === true ? withNull(result) : result;
}
