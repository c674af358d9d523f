import type { PackageName } from './operation-table.js';

/** What to use instead, for a package whose operations the spec marks deprecated. */
const replacements: Partial<Record<PackageName, string>> = {
  assistants: 'use the Responses API (`@org/responses`)',
};

/** The `@deprecated` line of the doc comment of an operation the spec marks `deprecated: true`. */
export function deprecationNote(pkg: PackageName): string {
  const instead = replacements[pkg];
  return `@deprecated The API marks this operation deprecated${instead === undefined ? '.' : `: ${instead}.`}`;
}
