import { deprecationNote } from './deprecation-note.js';
import { usedNames } from './emit-function-file.js';
import { generatedHeader } from './header.js';
import { kebabCase } from './naming.js';
import { apiReferenceNote, methodPathNote } from './operation-doc.js';
import type { OperationModel } from './operation-model.js';
import {
  type FunctionShape,
  methodShape,
  type Overload,
  printParameters,
  streamMethodShape,
} from './operation-signature.js';
import { flattenTree, type ResourceNode } from './resource-tree.js';

const coreTypes = new Set([
  'APIPromise',
  'BinaryResponse',
  'Client',
  'PagePromise',
  'RequestOptions',
  'Stream',
  'StreamPromise',
]);

function method(name: string, shape: FunctionShape, docLines: string[]): string {
  const line = (overload: Overload) => `${name}(${printParameters(overload.parameters)}): ${overload.returns}`;
  return [
    `/**\n${docLines.map((text) => ` * ${text}`).join('\n')}\n */`,
    ...shape.overloads.map((overload) => `${line(overload)};`),
    `${line(shape.implementation)} {\n${shape.prelude ? `  ${shape.prelude}\n` : ''}  return ${shape.body};\n}`,
  ].join('\n');
}

function route(model: OperationModel): string {
  return `\`${model.httpMethod} ${model.path}${model.betaQuery ? '?beta=true' : ''}\``;
}

function emitClass(node: ResourceNode): { text: string; functions: string[] } {
  const members: string[] = [];
  const functions: string[] = [];
  const names = new Set<string>();
  const claim = (name: string) => {
    if (names.has(name)) throw new Error(`${node.path}: two members named ${name}`);
    names.add(name);
  };
  const fields = ['readonly #client: Client;'];
  for (const [segment, child] of node.children) {
    claim(segment);
    fields.push(`#${segment}: ${child.className} | undefined;`);
    members.push(
      `get ${segment}(): ${child.className} {\n  this.#${segment} ??= new ${child.className}(this.#client);\n  return this.#${segment};\n}`,
    );
  }
  for (const { method: name, model } of node.operations) {
    claim(name);
    const deprecated = model.deprecated ? [deprecationNote(model.entry.pkg)] : [];
    const reference = apiReferenceNote(model);
    members.push(
      method(name, methodShape(model), [route(model), methodPathNote(model, false), ...deprecated, ...reference]),
    );
    functions.push(model.entry.fn);
    if (model.stream !== undefined) {
      claim(model.stream.method);
      members.push(
        method(model.stream.method, streamMethodShape(model), [
          `${route(model)}, always streaming`,
          methodPathNote(model, true),
          ...deprecated,
          ...reference,
        ]),
      );
      functions.push(model.stream.fn);
    }
  }
  const constructorText = 'constructor(client: Client) {\n  this.#client = client;\n}';
  const body = [fields.join('\n'), constructorText, ...members].join('\n\n');
  return { text: `/** \`${node.path}\` */\nexport class ${node.className} {\n${body}\n}`, functions };
}

/** One file per root resource (`chat-resource.ts`): the root class and its nested classes. */
export function emitResourceFile(tree: ResourceNode, typeNames: ReadonlySet<string>): string {
  const classes = flattenTree(tree).map(emitClass);
  const text = classes.map((entry) => entry.text).join('\n\n');
  const imports = [`import type { ${usedNames(text, coreTypes).join(', ')} } from '@org/core';`];
  if (text.includes('withHeaders(')) imports.push("import { withHeaders } from '@org/core/internal';");
  for (const name of classes.flatMap((entry) => entry.functions).sort()) {
    imports.push(`import { ${name} } from './functions/${kebabCase(name)}.js';`);
  }
  const local = usedNames(text, typeNames);
  if (local.length > 0) imports.push(`import type { ${local.join(', ')} } from './types.js';`);
  return `${generatedHeader}\n${imports.join('\n')}\n\n${text}\n`;
}

export function resourceFileName(tree: ResourceNode): string {
  return `${kebabCase(tree.className)}-resource.ts`;
}
