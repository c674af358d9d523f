import { describeOperation } from './describe-operation.js';
import { emitFunctionFile } from './emit-function-file.js';
import { emitOfficialNames } from './emit-official-names.js';
import { emitResourceFile, resourceFileName } from './emit-resource-file.js';
import { emitTypesFile } from './emit-types-file.js';
import { emitUmbrella } from './emit-umbrella.js';
import { generatedHeader } from './header.js';
import { kebabCase } from './naming.js';
import type { OperationModel } from './operation-model.js';
import { functionShape, streamFunctionShape } from './operation-signature.js';
import { operationTable } from './operation-table.js';
import { type PackageInfo, packageTable } from './package-table.js';
import { type PackageExtras, resolveExtraSchemas } from './resolve-extra-schemas.js';
import { buildResourceTree, flattenTree, type ResourceNode, rootOf } from './resource-tree.js';
import { SchemaRegistry } from './schema-registry.js';
import type { OpenApiSpec } from './spec-types.js';
import { tableProblems } from './validate-table.js';

export interface GeneratedPackage {
  info: PackageInfo;
  models: OperationModel[];
  /** Exported function names, table order. */
  functions: string[];
  /** Root resource trees, one per class file. */
  resources: ResourceNode[];
}

export interface Generation {
  /** Repo-relative path → content, for every file under `packages/<name>/src/generated/`. Unformatted. */
  files: Map<string, string>;
  packages: GeneratedPackage[];
}

function generatePackage(
  registry: SchemaRegistry,
  info: PackageInfo,
  models: OperationModel[],
  extras: PackageExtras | undefined,
  files: Map<string, string>,
): GeneratedPackage {
  const dir = `packages/${info.name}/src/generated`;
  const types = emitTypesFile(registry, models, extras);
  files.set(`${dir}/types.ts`, types.text);
  const functions: string[] = [];
  const exports: string[] = [];
  for (const model of models) {
    for (const shape of [functionShape(model), streamFunctionShape(model)]) {
      if (shape === undefined) continue;
      const file = kebabCase(shape.name);
      files.set(`${dir}/functions/${file}.ts`, emitFunctionFile(model, shape, types.names));
      functions.push(shape.name);
      exports.push(`export { ${shape.name} } from './functions/${file}.js';`);
    }
  }
  const roots = [...new Set(models.map((model) => rootOf(model.entry.method)))];
  const resources = roots.map((root) =>
    buildResourceTree(
      root,
      models.filter((model) => rootOf(model.entry.method) === root),
    ),
  );
  for (const tree of resources) {
    const classNames = flattenTree(tree).map((node) => node.className);
    for (const name of classNames) {
      if (types.names.has(name)) throw new Error(`@org/${info.name}: class ${name} clashes with a type`);
    }
    const file = resourceFileName(tree);
    files.set(`${dir}/${file}`, emitResourceFile(tree, types.names));
    exports.push(`export { ${classNames.join(', ')} } from './${file.replace(/\.ts$/, '.js')}';`);
  }
  exports.push("export type * from './types.js';");
  files.set(`${dir}/index.ts`, `${generatedHeader}\n${exports.join('\n')}\n`);
  return { info, models, functions, resources };
}

/** Generates every package's `src/generated/` from the spec. Pure: same spec, same output. */
export function generate(spec: OpenApiSpec): Generation {
  const problems = tableProblems(spec, operationTable);
  if (problems.length > 0) throw new Error(`The operation table does not match the spec:\n${problems.join('\n')}`);
  const extras = resolveExtraSchemas(spec);
  const registry = new SchemaRegistry(spec);
  const models = operationTable.map((entry) => describeOperation(spec, registry, entry));
  const files = new Map<string, string>();
  const packages = packageTable.map((info) =>
    generatePackage(
      registry,
      info,
      models.filter((model) => model.entry.pkg === info.name),
      extras.get(info.name),
      files,
    ),
  );
  emitOfficialNames(files);
  for (const [path, text] of emitUmbrella(packages)) files.set(path, text);
  return { files, packages };
}
