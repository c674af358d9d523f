import type { RequestSpec } from '@org/core';
import { float32Values } from './float32-values.js';
import type { CreateEmbeddingRequest, CreateEmbeddingResponse } from './generated/types.js';

/**
 * What `createEmbedding` sends, as the official client does: a call that sets no `encoding_format` asks for base64 (a
 * quarter of the bytes of JSON floats, and nothing to parse) and gets numbers back, decoded exactly; a call that sets
 * one gets what it asked for, untouched.
 */
export function withBase64Embeddings(spec: RequestSpec & { body: CreateEmbeddingRequest }): RequestSpec {
  if (spec.body.encoding_format) return spec;
  return { ...spec, body: { ...spec.body, encoding_format: 'base64' }, map: toNumbers };
}

function toNumbers(response: CreateEmbeddingResponse): CreateEmbeddingResponse {
  for (const item of response.data ?? []) {
    const embedding: unknown = item.embedding;
    // A compatible server that ignores the encoding sends numbers: they are kept.
    if (typeof embedding !== 'string') continue;
    item.embedding = float32Values(embedding, `Embedding ${item.index} of the reply`, (length) => new Array(length));
  }
  return response;
}
