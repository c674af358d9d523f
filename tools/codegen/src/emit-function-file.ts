import { betaHeaderOf } from './beta-header-table.js';
import { deprecationNote } from './deprecation-note.js';
import { generatedHeader } from './header.js';
import { kebabCase } from './naming.js';
import { apiReferenceNote, methodPathNote } from './operation-doc.js';
import type { OperationModel } from './operation-model.js';
import { type FunctionShape, type Overload, printParameters } from './operation-signature.js';
import { requestFinishers } from './request-finisher-table.js';

const coreTypes = [
  'APIPromise',
  'BinaryResponse',
  'Client',
  'PagePromise',
  'RequestOptions',
  'Stream',
  'StreamPromise',
];

function docComment(model: OperationModel, shape: FunctionShape): string {
  const route = `\`${model.httpMethod} ${model.path}${model.betaQuery ? '?beta=true' : ''}\``;
  const plain = shape.name === model.entry.fn;
  const lines = [plain ? `Calls ${route}.` : `Calls ${route} and always streams.`];
  lines.push(methodPathNote(model, !plain));
  if (plain && model.stream !== undefined) lines.push(`For a streamed reply, call \`${model.stream.fn}\`.`);
  const beta = betaHeaderOf(model.path);
  if (beta !== undefined)
    lines.push(`Sends \`OpenAI-Beta: ${beta}\`; an \`OpenAI-Beta\` in \`options.headers\` replaces it.`);
  if (model.headerParams.length > 0) {
    lines.push(
      `Takes the ${model.headerParams.map(({ header }) => `\`${header}\``).join(', ')} header via \`options.headers\`.`,
    );
  }
  if (model.deprecated) lines.push(deprecationNote(model.entry.pkg));
  lines.push(...apiReferenceNote(model));
  return `/**\n${lines.map((line) => ` * ${line}`).join('\n')}\n */`;
}

function signature(name: string, overload: Overload): string {
  const parameters = printParameters([{ name: 'client', type: 'Client', optional: false }, ...overload.parameters]);
  return `export function ${name}(${parameters}): ${overload.returns}`;
}

/** Identifiers in `text` that are among `names`. */
export function usedNames(text: string, names: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\b[A-Za-z_$][A-Za-z0-9_$]*\b/g)) {
    if (names.has(match[0])) found.add(match[0]);
  }
  return [...found].sort();
}

/** One file per function: the operation's function, or its always-streaming companion. */
export function emitFunctionFile(model: OperationModel, shape: FunctionShape, typeNames: ReadonlySet<string>): string {
  const declarations = [
    docComment(model, shape),
    ...shape.overloads.map((overload) => `${signature(shape.name, overload)};`),
    `${signature(shape.name, shape.implementation)} {\n  return ${shape.body};\n}`,
  ].join('\n');
  const imports: string[] = [];
  const core = usedNames(declarations, new Set(coreTypes));
  imports.push(`import type { ${core.join(', ')} } from '@org/core';`);
  const used = (name: string) => [`${name}(`, `${name}<`, `read: ${name}`].some((use) => declarations.includes(use));
  const coreValues = ['createBinaryResponse', 'createEventStream', 'jsonOrMultipart', 'multipartBody'].filter(used);
  if (coreValues.length > 0) imports.push(`import { ${coreValues.join(', ')} } from '@org/core';`);
  const internalValues = ['request', 'requestPage', 'streamPromise'].filter(used);
  if (internalValues.length > 0) imports.push(`import { ${internalValues.join(', ')} } from '@org/core/internal';`);
  const finish = model.result.kind === 'json' ? model.result.finish : undefined;
  if (finish !== undefined && shape.body.includes(`map: ${finish}`)) {
    imports.push(`import { ${finish} } from '../../${kebabCase(finish)}.js';`);
  }
  const finisher = requestFinishers[model.entry.fn]?.finisher;
  if (finisher !== undefined && shape.body.includes(`${finisher}(`))
    imports.push(`import { ${finisher} } from '../../${kebabCase(finisher)}.js';`);
  const local = usedNames(declarations, typeNames);
  if (local.length > 0) imports.push(`import type { ${local.join(', ')} } from '../types.js';`);
  return `${generatedHeader}\n${imports.join('\n')}\n\n${declarations}\n`;
}
