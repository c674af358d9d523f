/**
 * The operations Azure serves below `/deployments/{deployment}` (POST only), the same set the official package routes:
 * every other path (files, assistants, responses, fine-tuning, …) stays below the base URL.
 */
export const deploymentPaths: ReadonlySet<string> = new Set([
  '/completions',
  '/chat/completions',
  '/embeddings',
  '/audio/transcriptions',
  '/audio/translations',
  '/audio/speech',
  '/images/generations',
  '/images/edits',
  '/batches',
]);
