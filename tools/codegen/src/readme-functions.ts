import type { GeneratedPackage } from './generate.js';
import { functionShape, streamFunctionShape } from './operation-signature.js';

export const readmeStart = '<!-- codegen:functions:start -->';
export const readmeEnd = '<!-- codegen:functions:end -->';

/** The README's generated block: a table of every function with its route and resource method. */
export function readmeFunctions(pkg: GeneratedPackage): string {
  const rows: string[] = [];
  for (const model of pkg.models) {
    const route = `\`${model.httpMethod} ${model.path}${model.betaQuery ? '?beta=true' : ''}\``;
    const shapes = [functionShape(model), streamFunctionShape(model)];
    for (const shape of shapes) {
      if (shape === undefined) continue;
      const args = ['client', ...shape.implementation.parameters.map((p) => (p.optional ? `${p.name}?` : p.name))];
      const isStream = shape.name !== model.entry.fn;
      const method =
        isStream && model.stream !== undefined
          ? model.entry.method.replace(/[^.]+$/, model.stream.method)
          : model.entry.method;
      rows.push(`| \`${shape.name}(${args.join(', ')})\` | ${route}${isStream ? ' (stream)' : ''} | \`${method}\` |`);
    }
  }
  return [
    readmeStart,
    `${rows.length} functions, generated from the spec by \`tools/codegen\`:`,
    '',
    '| Function | Route | Resource method |',
    '| --- | --- | --- |',
    ...rows,
    readmeEnd,
  ].join('\n');
}
