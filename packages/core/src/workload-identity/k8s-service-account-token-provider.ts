import { SubjectTokenProviderError } from './subject-token-provider-error.js';
import type { SubjectTokenProvider } from './workload-identity-options.js';

export interface K8sServiceAccountTokenOptions {
  /** Reads the file as UTF-8 text; default Node's `fs.promises.readFile`, for runtimes without it. */
  readFile?: ((path: string) => Promise<string>) | undefined;
}

/**
 * A subject token provider for Kubernetes: the service account JWT mounted at `tokenPath`, read again for every
 * exchange so a projected token that the kubelet rotates is picked up.
 */
export function k8sServiceAccountTokenProvider(
  tokenPath = '/var/run/secrets/kubernetes.io/serviceaccount/token',
  options: K8sServiceAccountTokenOptions = {},
): SubjectTokenProvider {
  return {
    tokenType: 'jwt',
    getToken: async () => {
      let text: string;
      try {
        text = await (options.readFile ?? readTextFile)(tokenPath);
      } catch (thrown) {
        if (thrown instanceof SubjectTokenProviderError) throw thrown;
        throw new SubjectTokenProviderError(
          `Cannot read the Kubernetes service account token at ${tokenPath}: ${(thrown as Error)?.message}`,
          'kubernetes',
          { cause: thrown },
        );
      }
      const token = text.trim();
      if (token === '') throw new SubjectTokenProviderError(`The token file at ${tokenPath} is empty.`, 'kubernetes');
      return token;
    },
  };
}

// Reached through `process`, not an import, so that bundling this module for a browser needs no `node:fs`.
async function readTextFile(path: string): Promise<string> {
  const fs = globalThis.process?.getBuiltinModule?.('node:fs/promises');
  if (!fs) throw new Error('this runtime has no node:fs; pass options.readFile');
  return fs.readFile(path, 'utf8');
}
