import type { OperationModel } from './operation-model.js';

/**
 * The doc comment line naming the operation's method path: the same in `@org/openai` and the official package.
 * For the always-streaming variant, the official call that streams.
 */
export function methodPathNote(model: OperationModel, streaming: boolean): string {
  const path = `\`openai.${model.entry.method}\``;
  if (!streaming || model.stream === undefined) return `${path} in \`@org/openai\` and the official package.`;
  const { field, value } = model.stream;
  return `${path} with \`${field}: ${value}\` in \`@org/openai\` and the official package.`;
}

/** The doc comment line linking the operation's page in the API reference, when the spec places it. */
export function apiReferenceNote(model: OperationModel): string[] {
  return model.apiReference === undefined ? [] : [`@see {@link ${model.apiReference} | API reference}`];
}
