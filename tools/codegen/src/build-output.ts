import { formatFiles } from './format-files.js';
import { type Generation, generate } from './generate.js';
import type { OpenApiSpec } from './spec-types.js';

/** Generates and formats: the exact bytes that belong in `packages/*\/src/generated`. */
export async function buildOutput(spec: OpenApiSpec): Promise<Generation> {
  const generation = generate(spec);
  return { ...generation, files: await formatFiles(generation.files) };
}
