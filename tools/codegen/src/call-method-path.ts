/**
 * Calls the method at a dotted path (`beta.threads.runs.create`) of a client, with `this` its owner; undefined when
 * the client has no such method.
 */
export function callMethodPath(client: object, methodPath: string, args: unknown[]): unknown {
  const segments = methodPath.split('.');
  let owner: unknown = client;
  for (const segment of segments.slice(0, -1)) owner = (owner as Record<string, unknown> | undefined)?.[segment];
  const method = (owner as Record<string, unknown> | undefined)?.[segments.at(-1)!];
  if (typeof method !== 'function') return undefined;
  return (method as (...values: unknown[]) => unknown).apply(owner, args);
}
