import type { SchemaObject } from './spec-types.js';

/** Constraints the sampler reads beyond what the generator does. */
interface SampledSchema extends SchemaObject {
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
}

export interface SampleOptions {
  /**
   * The value of a `format: binary` string. When set (a multipart body), union branches that carry a file come
   * first and arrays of files get one item, so the sample is the body's file-carrying form.
   */
  file?: () => unknown;
}

const formatSamples: Record<string, string> = {
  date: '2024-01-01',
  'date-time': '2024-01-01T00:00:00Z',
  email: 'user@example.com',
  uri: 'https://example.com',
  url: 'https://example.com',
  uuid: '00000000-0000-4000-8000-000000000000',
};

class RefCycle extends Error {}

type Resolve = (schema: SchemaObject) => SchemaObject;

/** A ref-free view of a schema: follows `$ref`, rejecting one already being sampled. */
function follow(schema: SchemaObject, components: Record<string, SchemaObject>, stack: readonly string[]) {
  let current = schema;
  let path = stack;
  while (current.$ref !== undefined) {
    const name = current.$ref.replace('#/components/schemas/', '');
    if (path.includes(name)) throw new RefCycle(name);
    const target = components[name];
    if (target === undefined) throw new Error(`unknown $ref ${current.$ref}`);
    current = target;
    path = [...path, name];
  }
  return { schema: current as SampledSchema, stack: path };
}

function carriesFile(schema: SchemaObject, resolve: Resolve, depth = 0): boolean {
  if (depth > 4) return false;
  const resolved = resolve(schema);
  if (resolved.format === 'binary') return true;
  if (resolved.items !== undefined && carriesFile(resolved.items, resolve, depth + 1)) return true;
  return [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])].some((branch) =>
    carriesFile(branch, resolve, depth + 1),
  );
}

function mergeSamples(base: unknown, extra: unknown): unknown {
  if (typeof base !== 'object' || base === null || Array.isArray(base)) return extra;
  if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) return base;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(extra))
    merged[key] = key in merged ? mergeSamples(merged[key], value) : value;
  return merged;
}

function sampleString(schema: SampledSchema): string {
  let text = formatSamples[schema.format ?? ''] ?? 'sample';
  if (schema.minLength !== undefined && text.length < schema.minLength) text = text.padEnd(schema.minLength, 'x');
  if (schema.maxLength !== undefined) text = text.slice(0, schema.maxLength);
  if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(text)) {
    throw new Error(`no sample for pattern ${schema.pattern}`);
  }
  return text;
}

function sampleNumber(schema: SampledSchema, integer: boolean): number {
  const step = integer ? 1 : 0.5;
  let value = 0;
  if (typeof schema.minimum === 'number') value = schema.minimum;
  if (typeof schema.exclusiveMinimum === 'number') value = schema.exclusiveMinimum + step;
  else if (schema.exclusiveMinimum === true) value += step;
  if (typeof schema.maximum === 'number' && value > schema.maximum) value = schema.maximum;
  if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) {
    value = schema.exclusiveMaximum - step;
  }
  return value;
}

/**
 * Deterministic minimal samples of spec schemas: only required properties, the first enum value, `const`, the
 * first branch of a union that is not `null` and does not recurse, the fewest items allowed, values that meet
 * formats, lengths and bounds.
 */
export class SchemaSampler {
  readonly #components: Record<string, SchemaObject>;
  readonly #options: SampleOptions;

  constructor(components: Record<string, SchemaObject>, options: SampleOptions = {}) {
    this.#components = components;
    this.#options = options;
  }

  sample(schema: SchemaObject): unknown {
    return this.#sample(schema, []);
  }

  #resolve: Resolve = (schema) => follow(schema, this.#components, []).schema;

  #sample(input: SchemaObject, inputStack: readonly string[]): unknown {
    const { schema, stack } = follow(input, this.#components, inputStack);
    if (schema.const !== undefined) return schema.const;
    if (schema.enum !== undefined && schema.enum.length > 0) return schema.enum.find((value) => value !== null) ?? null;
    if (schema.allOf !== undefined) return this.#sampleAllOf(schema, stack);
    const branches = schema.oneOf ?? schema.anyOf;
    if (branches !== undefined) {
      const { oneOf: _, anyOf: __, ...rest } = schema;
      // A branch may only name required properties the schema around it declares: sample them together.
      const around = rest.properties !== undefined || rest.required !== undefined ? rest : undefined;
      return this.#sampleBranch(branches, stack, around);
    }
    switch (this.#typeOf(schema)) {
      case 'object':
        return this.#sampleObject(schema, stack);
      case 'array':
        return this.#sampleArray(schema, stack);
      case 'string':
        if (schema.format === 'binary' && this.#options.file !== undefined) return this.#options.file();
        return sampleString(schema);
      case 'integer':
        return sampleNumber(schema, true);
      case 'number':
        return sampleNumber(schema, false);
      case 'boolean':
        return false;
      case 'null':
        return null;
      default:
        return {};
    }
  }

  #typeOf(schema: SchemaObject): string | undefined {
    const types = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
    const type = types.find((candidate) => candidate !== 'null') ?? types[0];
    if (type !== undefined) return type;
    if (schema.properties !== undefined || schema.required !== undefined) return 'object';
    if (schema.items !== undefined) return 'array';
    return undefined;
  }

  /** `allOf` members' properties and required lists merged into one schema; their unions sampled beside it. */
  #sampleAllOf(schema: SchemaObject, stack: readonly string[]): unknown {
    const { allOf = [], ...own } = schema;
    const merged: SchemaObject = {};
    const unions: SchemaObject[] = [];
    const visit = (member: SchemaObject, memberStack: readonly string[]) => {
      const followed = follow(member, this.#components, memberStack);
      const { allOf: nested, oneOf, anyOf, properties, required, ...rest } = followed.schema;
      for (const inner of nested ?? []) visit(inner, followed.stack);
      if (oneOf !== undefined || anyOf !== undefined) unions.push({ oneOf, anyOf });
      Object.assign(merged, rest);
      if (properties !== undefined) merged.properties = { ...merged.properties, ...properties };
      if (required !== undefined) merged.required = [...new Set([...(merged.required ?? []), ...required])];
    };
    for (const member of allOf) visit(member, stack);
    visit(own, stack);
    const samples = unions.map((union) => this.#sample(union, stack));
    const shaped = ['type', 'properties', 'required', 'items', 'enum', 'const'].some((key) => key in merged);
    if (shaped || samples.length === 0) samples.unshift(this.#sample(merged, stack));
    return samples.reduce(mergeSamples);
  }

  #sampleBranch(branches: SchemaObject[], stack: readonly string[], around?: SchemaObject): unknown {
    const nonNull = branches.filter((branch) => this.#resolve(branch).type !== 'null');
    const ordered =
      this.#options.file === undefined
        ? nonNull
        : [
            ...nonNull.filter((branch) => carriesFile(branch, this.#resolve)),
            ...nonNull.filter((branch) => !carriesFile(branch, this.#resolve)),
          ];
    for (const branch of ordered) {
      try {
        return this.#sample(around === undefined ? branch : { allOf: [around, branch] }, stack);
      } catch (error) {
        if (!(error instanceof RefCycle)) throw error;
      }
    }
    if (nonNull.length < branches.length) return null;
    throw new RefCycle('every branch recurses');
  }

  #sampleObject(schema: SchemaObject, stack: readonly string[]): Record<string, unknown> {
    const sample: Record<string, unknown> = {};
    const extra = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {};
    for (const name of schema.required ?? []) {
      sample[name] = this.#sample(schema.properties?.[name] ?? extra, stack);
    }
    return sample;
  }

  #sampleArray(schema: SampledSchema, stack: readonly string[]): unknown[] {
    const items = schema.items ?? {};
    const fileArray = this.#options.file !== undefined && carriesFile(items, this.#resolve);
    const count = Math.max(schema.minItems ?? 0, fileArray ? 1 : 0);
    return Array.from({ length: count }, () => this.#sample(items, stack));
  }
}
