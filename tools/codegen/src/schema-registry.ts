import { upperFirst } from './naming.js';
import type { OpenApiSpec, SchemaObject } from './spec-types.js';

const refPrefix = '#/components/schemas/';

/** Type names that would clash with what generated files import or use. */
const reservedNames = new Set([
  'Array',
  'BinaryResponse',
  'Client',
  'Omit',
  'PagePromise',
  'Paging',
  'Promise',
  'Record',
  'RequestOptions',
  'Stream',
  'StreamPromise',
  'Uploadable',
]);

/** Component schemas by spec name, with the TypeScript name each one is emitted under. */
export class SchemaRegistry {
  readonly #schemas: Record<string, SchemaObject>;
  readonly #typeNames = new Map<string, string>();

  constructor(spec: OpenApiSpec) {
    this.#schemas = spec.components.schemas;
    const taken = new Set<string>();
    for (const specName of Object.keys(this.#schemas).sort()) {
      let name = upperFirst(specName.replace(/[^A-Za-z0-9_]/g, ''));
      if (reservedNames.has(name)) name = `${name}Schema`;
      while (taken.has(name)) name = `${name}_`;
      taken.add(name);
      this.#typeNames.set(specName, name);
    }
  }

  /** Spec name a `$ref` points at. */
  refName(ref: string): string {
    if (!ref.startsWith(refPrefix)) throw new Error(`Unsupported $ref ${ref}`);
    const name = ref.slice(refPrefix.length);
    if (!(name in this.#schemas)) throw new Error(`Unknown schema ${ref}`);
    return name;
  }

  typeName(specName: string): string {
    const name = this.#typeNames.get(specName);
    if (name === undefined) throw new Error(`Unknown schema ${specName}`);
    return name;
  }

  schema(specName: string): SchemaObject {
    const schema = this.#schemas[specName];
    if (schema === undefined) throw new Error(`Unknown schema ${specName}`);
    return schema;
  }

  /** Follows `$ref`s until a schema with content. */
  resolve(schema: SchemaObject): SchemaObject {
    let current = schema;
    for (let depth = 0; current.$ref !== undefined; depth++) {
      if (depth > 32) throw new Error(`Circular $ref ${schema.$ref}`);
      current = this.schema(this.refName(current.$ref));
    }
    return current;
  }

  /** Spec names of every component schema reachable from the given schemas. */
  reachable(roots: Iterable<SchemaObject>): Set<string> {
    const found = new Set<string>();
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) {
        for (const item of value) visit(item);
        return;
      }
      if (value === null || typeof value !== 'object') return;
      for (const [key, child] of Object.entries(value)) {
        if (key === '$ref' && typeof child === 'string' && child.startsWith(refPrefix)) {
          const name = this.refName(child);
          if (!found.has(name)) {
            found.add(name);
            visit(this.schema(name));
          }
        } else if (key !== 'example' && key !== 'examples' && key !== 'x-oaiMeta') {
          visit(child);
        }
      }
    };
    for (const root of roots) visit(root);
    return found;
  }
}
