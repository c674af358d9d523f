import { generatedHeader } from './header.js';
import type { OperationModel } from './operation-model.js';
import { DeclarationPrinter } from './print-declaration.js';
import { type PrintContext, printMembers, printType } from './print-type.js';
import type { PackageExtras } from './resolve-extra-schemas.js';
import type { SchemaRegistry } from './schema-registry.js';
import type { SchemaObject } from './spec-types.js';

export interface TypesFile {
  text: string;
  /** Every type name the file exports. */
  names: Set<string>;
}

function isInterfaceLike(schema: SchemaObject): boolean {
  return (
    schema.properties !== undefined &&
    Object.keys(schema.properties).length > 0 &&
    schema.oneOf === undefined &&
    schema.anyOf === undefined &&
    schema.allOf === undefined &&
    schema.nullable !== true
  );
}

/**
 * The package's `types.ts`: every component schema its operations or its extra schemas reach, each once, plus the
 * operations' query/body/response types and the extra unions.
 */
export function emitTypesFile(
  registry: SchemaRegistry,
  models: OperationModel[],
  extras: PackageExtras = { schemas: [], unions: [] },
): TypesFile {
  const printer = new DeclarationPrinter(registry);
  const roots = models.flatMap((model) => [...model.schemaRoots, ...model.localTypes.map((local) => local.schema)]);
  roots.push(...extras.schemas.map((specName) => ({ $ref: `#/components/schemas/${specName}` })));
  const declarations = new Map<string, string>();
  for (const specName of registry.reachable(roots)) {
    declarations.set(registry.typeName(specName), printer.declaration(specName));
  }
  const context: PrintContext = { registry };
  for (const model of models) {
    for (const local of model.localTypes) {
      if (declarations.has(local.name)) throw new Error(`${model.entry.route}: type ${local.name} already exists`);
      const declaration =
        !local.alias && isInterfaceLike(local.schema)
          ? `export interface ${local.name} {\n${printMembers(local.schema, context).join('\n')}\n}`
          : `export type ${local.name} = ${printType(local.schema, context)};`;
      declarations.set(local.name, declaration);
    }
  }
  for (const union of extras.unions) {
    if (declarations.has(union.name)) throw new Error(`union ${union.name}: type ${union.name} already exists`);
    const members = union.members.map((specName) => registry.typeName(specName));
    declarations.set(
      union.name,
      `/** Any one of these events; narrow it by \`type\`. */\nexport type ${union.name} = ${members.join(' | ')};`,
    );
  }
  const names = [...declarations.keys()].sort();
  const body = names.map((name) => declarations.get(name)).join('\n\n');
  const imports = /\bUploadable\b/.test(body) ? "import type { Uploadable } from '@org/core';\n\n" : '';
  return { text: `${generatedHeader}\n${imports}${body}\n`, names: new Set(names) };
}
