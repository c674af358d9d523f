import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OpenApiSpec, SchemaObject } from './spec-types.js';
import { specSchemaId, toJsonSchema } from './to-json-schema.js';

export interface SpecValidator {
  /** Why `value` does not match `schema` (a schema of the spec, `$ref`s and all); empty when it does. */
  errors(schema: SchemaObject, value: unknown): string[];
}

export interface SpecValidatorOptions {
  /** Read strings as the numbers and booleans the schema asks for, as form fields must be read. */
  coerceTypes?: boolean;
}

/**
 * Validates values against the spec's JSON schemas with ajv (JSON Schema 2020-12, which OpenAPI 3.1 follows).
 * `strict: false`: the spec carries OpenAPI annotations ajv does not know (`discriminator`, `example`,
 * `x-oaiMeta`, `x-stainless-const`, ...) and loose typing strict mode would reject (`properties` without
 * `type: 'object'`, `required` of properties declared in another `allOf` member). `unixtime` is the spec's own
 * format for Unix seconds: any integer.
 */
export function createSpecValidator(spec: OpenApiSpec, options: SpecValidatorOptions = {}): SpecValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: false, coerceTypes: options.coerceTypes === true });
  addFormats(ajv);
  ajv.addFormat('unixtime', { type: 'number', validate: (value: number) => Number.isInteger(value) });
  const schemas = Object.fromEntries(
    Object.entries(spec.components.schemas).map(([name, schema]) => [name, toJsonSchema(schema, name)]),
  );
  ajv.addSchema({ $id: specSchemaId, components: { schemas } });
  const compiled = new WeakMap<SchemaObject, ValidateFunction>();

  return {
    errors(schema, value) {
      let validate = compiled.get(schema);
      if (validate === undefined) {
        validate = ajv.compile(toJsonSchema(schema) as object);
        compiled.set(schema, validate);
      }
      if (validate(value)) return [];
      return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`);
    },
  };
}
