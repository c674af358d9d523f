/** Reads an environment variable where the runtime has one (Node, Bun, Deno with permission); undefined elsewhere. */
export function readEnv(name: string): string | undefined {
  try {
    const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
    return value?.trim() || undefined;
  } catch {
    return undefined;
  }
}
