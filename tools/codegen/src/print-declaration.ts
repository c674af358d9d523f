import { propertyKey } from './naming.js';
import { type PrintContext, printMembers, printType } from './print-type.js';
import { propertyDoc } from './property-doc.js';
import type { SchemaRegistry } from './schema-registry.js';
import type { SchemaObject } from './spec-types.js';

interface FlatProperty {
  type: string;
  required: boolean;
  /** Its doc comment (`propertyDoc`), empty or ending in a newline. */
  doc: string;
  /** Only named in `required`; its type comes from a base. */
  placeholder: boolean;
}

/** An object schema with named properties and nothing that makes it a union or an alias. */
function isPlainObject(schema: SchemaObject): boolean {
  return (
    (schema.properties !== undefined || schema.type === 'object') &&
    schema.oneOf === undefined &&
    schema.anyOf === undefined &&
    schema.allOf === undefined &&
    schema.enum === undefined &&
    schema.const === undefined &&
    schema.nullable !== true &&
    !Array.isArray(schema.type)
  );
}

function isRequiredOnly(schema: SchemaObject): boolean {
  const allowed = new Set(['required', 'description', 'title', 'type']);
  return schema.required !== undefined && Object.keys(schema).every((key) => allowed.has(key));
}

function hasProperties(schema: SchemaObject): boolean {
  return schema.properties !== undefined && Object.keys(schema.properties).length > 0;
}

/** Emits component schemas as `export interface` / `export type` declarations. */
export class DeclarationPrinter {
  readonly #registry: SchemaRegistry;
  readonly #interfaceCache = new Map<string, boolean>();
  readonly #flatCache = new Map<string, Map<string, FlatProperty>>();

  constructor(registry: SchemaRegistry) {
    this.#registry = registry;
  }

  /** True when the component is emitted as an interface, so others may `extends` it. */
  emitsInterface(specName: string): boolean {
    const cached = this.#interfaceCache.get(specName);
    if (cached !== undefined) return cached;
    this.#interfaceCache.set(specName, false);
    const schema = this.#registry.schema(specName);
    const result = isPlainObject(schema) ? hasProperties(schema) : this.#allOfBases(schema) !== undefined;
    this.#interfaceCache.set(specName, result);
    return result;
  }

  declaration(specName: string): string {
    const name = this.#registry.typeName(specName);
    const schema = this.#registry.schema(specName);
    const context: PrintContext = { registry: this.#registry, selfName: name };
    if (isPlainObject(schema) && hasProperties(schema)) {
      return `export interface ${name} {\n${printMembers(schema, context).join('\n')}\n}`;
    }
    const bases = this.#allOfBases(schema);
    if (bases !== undefined) return this.#allOfDeclaration(name, schema, bases, context);
    return `export type ${name} = ${printType(schema, context, specName)};`;
  }

  /**
   * For `allOf` made only of interface refs and plain inline objects: the refs (spec names) to extend.
   * Undefined when the schema is anything else.
   */
  #allOfBases(schema: SchemaObject): string[] | undefined {
    if (schema.allOf === undefined || schema.oneOf !== undefined || schema.anyOf !== undefined) return undefined;
    if (schema.nullable === true || schema.enum !== undefined) return undefined;
    const bases: string[] = [];
    for (const member of schema.allOf) {
      if (member.$ref !== undefined) {
        const target = this.#registry.refName(member.$ref);
        if (!this.emitsInterface(target)) return undefined;
        bases.push(target);
      } else if (!isPlainObject(member) && !isRequiredOnly(member)) {
        return undefined;
      }
    }
    return bases;
  }

  #allOfDeclaration(name: string, schema: SchemaObject, bases: string[], context: PrintContext): string {
    const inline = (schema.allOf ?? []).filter((member) => member.$ref === undefined);
    const own: SchemaObject[] = [...inline, { properties: schema.properties, required: schema.required }];
    const ownProperties = this.#merge(own.map((member) => this.#flatten(member, context)));
    const baseProperties = bases.map((base) => this.#flattenComponent(base));
    const merged = this.#merge([...baseProperties, ownProperties]);
    const conflict = [...merged.keys()].some((key) => {
      const types = new Set(
        [...baseProperties, ownProperties].flatMap((map) => {
          const property = map.get(key);
          return property === undefined || property.placeholder ? [] : [property.type];
        }),
      );
      return types.size > 1;
    });
    if (conflict) return `export interface ${name} {\n${this.#printFlat(merged).join('\n')}\n}`;
    // Redeclare own properties, and base properties an inline member makes required.
    const body = new Map<string, FlatProperty>();
    for (const [key, property] of merged) {
      const isOwn = ownProperties.get(key)?.placeholder === false;
      const madeRequired = property.required && !baseProperties.some((map) => map.get(key)?.required === true);
      if (isOwn || madeRequired) body.set(key, property);
    }
    const extendsClause = bases.map((base) => this.#registry.typeName(base)).join(', ');
    return `export interface ${name} extends ${extendsClause} {\n${this.#printFlat(body).join('\n')}\n}`;
  }

  #printFlat(properties: Map<string, FlatProperty>): string[] {
    return [...properties].map(([key, property]) => {
      return `${property.doc}${propertyKey(key)}${property.required ? '' : '?'}: ${property.type};`;
    });
  }

  #merge(maps: Map<string, FlatProperty>[]): Map<string, FlatProperty> {
    const merged = new Map<string, FlatProperty>();
    for (const map of maps) {
      for (const [key, property] of map) {
        const previous = merged.get(key);
        const keepPrevious = property.placeholder && previous !== undefined;
        merged.set(key, {
          type: keepPrevious ? previous.type : property.type,
          required: property.required || previous?.required === true,
          doc: keepPrevious ? previous.doc : property.doc,
          placeholder: keepPrevious ? previous.placeholder : property.placeholder,
        });
      }
    }
    return merged;
  }

  #flattenComponent(specName: string): Map<string, FlatProperty> {
    const cached = this.#flatCache.get(specName);
    if (cached !== undefined) return cached;
    const context: PrintContext = { registry: this.#registry, selfName: this.#registry.typeName(specName) };
    const result = this.#flatten(this.#registry.schema(specName), context);
    this.#flatCache.set(specName, result);
    return result;
  }

  #flatten(schema: SchemaObject, context: PrintContext): Map<string, FlatProperty> {
    const parts: Map<string, FlatProperty>[] = [];
    for (const member of schema.allOf ?? []) {
      parts.push(
        member.$ref !== undefined
          ? this.#flattenComponent(this.#registry.refName(member.$ref))
          : this.#flatten(member, context),
      );
    }
    const required = new Set(schema.required ?? []);
    const own = new Map<string, FlatProperty>();
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      own.set(key, {
        type: printType(property, context, key),
        required: required.has(key),
        doc: propertyDoc(property),
        placeholder: false,
      });
    }
    // `required` naming properties defined elsewhere (in a base) keeps them required.
    for (const key of required) {
      if (!own.has(key)) own.set(key, { type: 'unknown', required: true, doc: '', placeholder: true });
    }
    parts.push(own);
    return this.#merge(parts);
  }
}
