import { propertyKey, quote } from './naming.js';
import { isOpenEnumName, openString } from './open-enum-rule.js';
import { propertyDoc } from './property-doc.js';
import type { SchemaRegistry } from './schema-registry.js';
import type { SchemaObject } from './spec-types.js';

export interface PrintContext {
  registry: SchemaRegistry;
  /** TypeScript name of the component being printed, the target of `$recursiveRef: '#'`. */
  selfName?: string;
}

function literal(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  throw new Error(`Unsupported enum value ${JSON.stringify(value)}`);
}

export function unionOf(members: string[]): string {
  const unique = [...new Set(members)];
  const last = [openString, 'null'].filter((member) => unique.includes(member));
  const ordered = [...unique.filter((member) => !last.includes(member)), ...last];
  if (ordered.length === 0) return 'never';
  return ordered.join(' | ');
}

/** True when `|` or `&` appears outside brackets and quotes, so the type needs parentheses inside `&`. */
function hasTopLevelOperator(type: string): boolean {
  let depth = 0;
  let quoted = false;
  for (let index = 0; index < type.length; index++) {
    const char = type[index];
    if (quoted) {
      if (char === '\\') index++;
      else if (char === "'") quoted = false;
    } else if (char === "'") quoted = true;
    else if (char === '(' || char === '{' || char === '<' || char === '[') depth++;
    else if (char === ')' || char === '}' || char === '>' || char === ']') depth--;
    else if (depth === 0 && (char === '|' || char === '&')) return true;
  }
  return false;
}

function wrap(type: string): string {
  return hasTopLevelOperator(type) ? `(${type})` : type;
}

export function arrayOf(item: string): string {
  return /^[A-Za-z0-9_$]+$/.test(item) ? `${item}[]` : `Array<${item}>`;
}

export function intersectionOf(members: string[]): string {
  const unique = [...new Set(members)].filter((member) => member !== 'unknown');
  if (unique.length === 0) return 'unknown';
  if (unique.length === 1) return unique[0]!;
  return unique.map(wrap).join(' & ');
}

/** True for `{ type: 'string' }` with nothing that narrows it. */
function isBareString(schema: SchemaObject): boolean {
  return (
    schema.type === 'string' &&
    schema.enum === undefined &&
    schema.const === undefined &&
    schema.format !== 'binary' &&
    schema.$ref === undefined
  );
}

/** True when the schema (or what it points at) is a set of string literals, open or closed. */
function isStringChoice(schema: SchemaObject, context: PrintContext, depth = 0): boolean {
  if (depth > 8) return false;
  const resolved = context.registry.resolve(schema);
  if (resolved.enum !== undefined) return resolved.enum.some((value) => typeof value === 'string');
  if (typeof resolved.const === 'string') return true;
  const members = resolved.anyOf ?? resolved.oneOf;
  return members?.some((member) => isStringChoice(member, context, depth + 1)) ?? false;
}

function printEnum(schema: SchemaObject, hint: string | undefined): string {
  const values = schema.enum ?? [];
  const members = values.map(literal);
  const strings = values.filter((value) => typeof value === 'string');
  if (strings.length >= 2 && isOpenEnumName(hint)) members.push(openString);
  return unionOf(members);
}

function printUnion(members: SchemaObject[], context: PrintContext, hint: string | undefined): string {
  const hasChoices =
    members.some(isBareString) && members.some((member) => !isBareString(member) && isStringChoice(member, context));
  if (!hasChoices) return unionOf(members.map((member) => printType(member, context, hint)));
  // Known values or any string: keep the literals, accept any string once, at the end.
  const printed = members.filter((member) => !isBareString(member)).map((member) => printType(member, context));
  return unionOf([...printed, openString]);
}

/** The members of an object type literal, one per line. */
export function printMembers(schema: SchemaObject, context: PrintContext): string[] {
  const required = new Set(schema.required ?? []);
  const lines: string[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const optional = required.has(name) ? '' : '?';
    lines.push(`${propertyDoc(property)}${propertyKey(name)}${optional}: ${printType(property, context, name)};`);
  }
  const extra = schema.additionalProperties;
  if (extra !== undefined && extra !== false && lines.length > 0) lines.push('[key: string]: unknown;');
  return lines;
}

function printObject(schema: SchemaObject, context: PrintContext): string {
  const hasProperties = schema.properties !== undefined && Object.keys(schema.properties).length > 0;
  if (!hasProperties) {
    const extra = schema.additionalProperties;
    const value = typeof extra === 'object' ? printType(extra, context) : 'unknown';
    return `Record<string, ${value}>`;
  }
  return `{\n${printMembers(schema, context).join('\n')}\n}`;
}

function printByType(type: string, schema: SchemaObject, context: PrintContext, hint: string | undefined): string {
  switch (type) {
    case 'string':
      return schema.format === 'binary' ? 'Uploadable' : 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array':
      return arrayOf(schema.items === undefined ? 'unknown' : printType(schema.items, context, hint));
    case 'object':
      return printObject(schema, context);
    default:
      throw new Error(`Unsupported schema type ${type}`);
  }
}

const shapeKeys = ['$ref', '$recursiveRef', 'type', 'properties', 'items', 'allOf', 'anyOf', 'oneOf', 'enum', 'const'];

/** A member like `{ nullable: true }` or `{ description }` that adds no shape of its own. */
function isAnnotationOnly(schema: SchemaObject): boolean {
  return !shapeKeys.some((key) => key in schema);
}

function printCore(schema: SchemaObject, context: PrintContext, hint: string | undefined): string {
  if (schema.$ref !== undefined) return context.registry.typeName(context.registry.refName(schema.$ref));
  if (schema.$recursiveRef !== undefined) {
    if (context.selfName === undefined) throw new Error('$recursiveRef outside a named schema');
    return context.selfName;
  }
  if (schema.const !== undefined) return literal(schema.const);
  if (schema.enum !== undefined) return printEnum(schema, hint);
  const parts: string[] = [];
  const members = schema.oneOf ?? schema.anyOf;
  if (schema.allOf !== undefined) {
    // `allOf: [X, { nullable: true }]` is the OpenAPI 3.0 spelling of "X or null".
    const shaped = schema.allOf.filter((member) => !isAnnotationOnly(member));
    const nullable = schema.allOf.some((member) => isAnnotationOnly(member) && member.nullable === true);
    const printed = intersectionOf(shaped.map((member) => printType(member, context, hint)));
    parts.push(nullable ? `(${unionOf([printed, 'null'])})` : printed);
  }
  if (schema.properties !== undefined && Object.keys(schema.properties).length > 0) {
    parts.push(printObject(schema, context));
  }
  if (members !== undefined) parts.push(printUnion(members, context, hint));
  if (parts.length > 0) return intersectionOf(parts);
  if (Array.isArray(schema.type)) {
    return unionOf(schema.type.map((type) => printByType(type, schema, context, hint)));
  }
  if (schema.type !== undefined) return printByType(schema.type, schema, context, hint);
  if (schema.items !== undefined) return printByType('array', schema, context, hint);
  if (schema.additionalProperties !== undefined) return printObject(schema, context);
  return 'unknown';
}

/** A TypeScript type expression for a schema. `hint` is the property or schema name, for the open-enum rule. */
export function printType(schema: SchemaObject, context: PrintContext, hint?: string): string {
  const core = printCore(schema, context, hint);
  return schema.nullable === true ? unionOf([core, 'null']) : core;
}
