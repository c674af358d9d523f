/**
 * The `OpenAI-Beta` header an API area requires on every call, by path (a path and everything below it). The spec
 * does not declare it, yet without it the API refuses these calls; the official SDKs send it too. Generated functions
 * send it as their request's header, so a call's own `OpenAI-Beta` (in `options.headers`) replaces it.
 */
export const betaHeaderTable: readonly { value: string; paths: readonly string[] }[] = [
  // The Assistants API, v2: assistants, threads, messages, runs, run steps, and vector stores with their files.
  { value: 'assistants=v2', paths: ['/assistants', '/threads', '/vector_stores'] },
  { value: 'chatkit_beta=v1', paths: ['/chatkit'] },
];

/** The `OpenAI-Beta` value a spec path (without `?beta=true`) is sent with, if any. */
export function betaHeaderOf(path: string): string | undefined {
  const entry = betaHeaderTable.find(({ paths }) =>
    paths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)),
  );
  return entry?.value;
}
