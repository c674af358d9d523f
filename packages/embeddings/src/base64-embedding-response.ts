import type { CreateEmbeddingResponse, Embedding } from './generated/types.js';

/** An embedding as base64 little-endian float32s, as `encoding_format: 'base64'` gets it; `decodeEmbedding` reads it. */
export interface Base64Embedding extends Omit<Embedding, 'embedding'> {
  embedding: string;
}

/** `createEmbedding`'s result for a call that asks for `encoding_format: 'base64'`. */
export interface Base64EmbeddingResponse extends Omit<CreateEmbeddingResponse, 'data'> {
  data: Base64Embedding[];
}
