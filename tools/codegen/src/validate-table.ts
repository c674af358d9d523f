import type { OperationEntry } from './operation-table.js';
import { httpMethods, type OpenApiSpec } from './spec-types.js';

/** Every `METHOD /path` the spec defines. */
export function specRoutes(spec: OpenApiSpec): string[] {
  const routes: string[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of httpMethods) {
      if (item[method.toLowerCase() as Lowercase<typeof method>] !== undefined) routes.push(`${method} ${path}`);
    }
  }
  return routes;
}

/** Problems with the table against the spec: unmapped or unknown routes, duplicates. Empty when all is well. */
export function tableProblems(spec: OpenApiSpec, table: readonly OperationEntry[]): string[] {
  const problems: string[] = [];
  const routes = new Set(specRoutes(spec));
  const seen = new Map<string, number>();
  for (const entry of table) seen.set(entry.route, (seen.get(entry.route) ?? 0) + 1);
  for (const route of routes) {
    const count = seen.get(route) ?? 0;
    if (count !== 1) problems.push(`${route} is mapped ${count} times`);
  }
  for (const route of seen.keys()) if (!routes.has(route)) problems.push(`${route} is not in the spec`);
  const unique = (label: string, values: string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    for (const [value, count] of counts) if (count > 1) problems.push(`${label} ${value} is used ${count} times`);
  };
  unique(
    'function',
    table.flatMap((entry) => [entry.fn, ...(entry.stream?.fn === undefined ? [] : [entry.stream.fn])]),
  );
  unique(
    'method',
    table.map((entry) => entry.method),
  );
  return problems;
}
