import { type ExtraSchemaEntry, extraSchemaTable } from './extra-schema-table.js';
import type { PackageName } from './operation-table.js';
import type { OpenApiSpec, SchemaObject } from './spec-types.js';

export interface ExtraUnion {
  name: string;
  /** Spec names of the members, sorted. */
  members: string[];
}

/** What one package emits beyond its operations' types. */
export interface PackageExtras {
  /** Spec names, sorted. */
  schemas: string[];
  unions: ExtraUnion[];
}

/** The single `type` value a schema is told apart by, or undefined when it has none. */
function typeValue(spec: OpenApiSpec, schema: SchemaObject): unknown {
  const type = schema.properties?.type;
  if (type === undefined || schema.required?.includes('type') !== true) return undefined;
  const resolved = type.$ref === undefined ? type : spec.components.schemas[type.$ref.split('/').at(-1)!];
  if (resolved?.const !== undefined) return resolved.const;
  return resolved?.enum?.length === 1 ? resolved.enum[0] : undefined;
}

function unionProblems(spec: OpenApiSpec, union: ExtraUnion): string[] {
  const problems: string[] = [];
  const owners = new Map<unknown, string>();
  for (const member of union.members) {
    const value = typeValue(spec, spec.components.schemas[member]!);
    if (value === undefined) {
      problems.push(`${union.name}: ${member} has no required \`type\` with one value to tell it apart`);
    } else if (owners.has(value)) {
      problems.push(`${union.name}: ${member} and ${owners.get(value)} share the type ${JSON.stringify(value)}`);
    } else {
      owners.set(value, member);
    }
  }
  return problems;
}

/**
 * Resolves the extra-schema table against the spec: per package, the schemas it owns and the unions to emit.
 * Throws, listing every problem, when a name or prefix matches nothing, a schema is claimed by two packages, or a
 * union cannot be told apart by `type`.
 */
export function resolveExtraSchemas(
  spec: OpenApiSpec,
  table: readonly ExtraSchemaEntry[] = extraSchemaTable,
): Map<PackageName, PackageExtras> {
  const specNames = Object.keys(spec.components.schemas).sort();
  const problems: string[] = [];
  const owner = new Map<string, PackageName>();
  const result = new Map<PackageName, PackageExtras>();
  for (const entry of table) {
    const taken = new Set<string>();
    for (const name of entry.names ?? []) {
      if (name in spec.components.schemas) taken.add(name);
      else problems.push(`@org/${entry.pkg}: schema ${name} is not in the spec`);
    }
    for (const prefix of entry.prefixes ?? []) {
      const matched = specNames.filter((name) => name.startsWith(prefix));
      if (matched.length === 0) problems.push(`@org/${entry.pkg}: no schema in the spec starts with ${prefix}`);
      for (const name of matched) taken.add(name);
    }
    for (const name of taken) {
      const claimed = owner.get(name);
      if (claimed !== undefined && claimed !== entry.pkg) {
        problems.push(`schema ${name} is claimed by both @org/${claimed} and @org/${entry.pkg}`);
      }
      owner.set(name, entry.pkg);
    }
    const extras = result.get(entry.pkg) ?? { schemas: [], unions: [] };
    extras.schemas = [...new Set([...extras.schemas, ...taken])].sort();
    if (entry.union !== undefined) {
      const union = { name: entry.union, members: [...taken].sort() };
      if (entry.union in spec.components.schemas) {
        problems.push(`@org/${entry.pkg}: union ${entry.union} has the name of a spec schema`);
      }
      problems.push(...unionProblems(spec, union));
      extras.unions.push(union);
    }
    result.set(entry.pkg, extras);
  }
  if (problems.length > 0) {
    throw new Error(`The extra schema table does not match the spec:\n${problems.join('\n')}`);
  }
  return result;
}
