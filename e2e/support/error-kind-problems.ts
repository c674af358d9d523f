/** A value a package exports, and where from (`@org/responses: ResponseFailedError`). */
export interface ExportedValue {
  where: string;
  value: unknown;
}

type ErrorClass = Function & { kind?: unknown };

/**
 * What is wrong with the kinds of the error classes among some exports: a class that extends `OpenAIError` (of any
 * copy) must state its own `kind`, equal to its class name, and no two different classes may share one. Copies of one
 * class (its source text the same) may, since that is what checks across copies rely on.
 */
export function errorKindProblems(exports: ExportedValue[]): string[] {
  const problems: string[] = [];
  const sourcesByKind = new Map<string, Map<string, string>>();
  for (const { where, value } of exports) {
    if (!isErrorClass(value)) continue;
    if (!Object.hasOwn(value, 'kind')) {
      problems.push(
        `${where} states no kind of its own, so it would answer instanceof by its parent's (${value.kind})`,
      );
      continue;
    }
    const kind = String(value.kind);
    if (kind !== value.name) problems.push(`${where} has the kind ${kind}, not its name ${value.name}`);
    const sources = sourcesByKind.get(kind) ?? new Map<string, string>();
    sources.set(Function.prototype.toString.call(value), where);
    sourcesByKind.set(kind, sources);
  }
  for (const [kind, sources] of sourcesByKind) {
    if (sources.size > 1) problems.push(`${[...sources.values()].join(' and ')} share the kind ${kind}`);
  }
  return problems;
}

/** Whether a value is `OpenAIError` or a class extending it, found by the root of its chain, whatever its copy. */
export function isErrorClass(value: unknown): value is ErrorClass {
  for (let type = value; typeof type === 'function'; type = Object.getPrototypeOf(type)) {
    if (Object.hasOwn(type, 'kind') && (type as ErrorClass).kind === 'OpenAIError') {
      return Object.getPrototypeOf(type) === Error;
    }
  }
  return false;
}
