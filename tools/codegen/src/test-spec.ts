import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpec } from './load-spec.js';
import type { OpenApiSpec } from './spec-types.js';

/** The repo root, three levels above this file (`tools/codegen/src`). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The workspace copy of the spec, `../shared/openapi/openapi.json` from the repo root. */
export const specPath = resolve(repoRoot, '..', 'shared', 'openapi', 'openapi.json');

/** Loads the spec for tests, failing with a message that says where it was expected. */
export async function loadTestSpec(): Promise<OpenApiSpec> {
  if (!existsSync(specPath)) {
    throw new Error(
      `The OpenAPI spec is missing: expected it at ${specPath} (../shared/openapi/openapi.json from the repo root).`,
    );
  }
  return loadSpec(specPath);
}
