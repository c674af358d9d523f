// The generated functions and resource classes, and the hand-written helpers beside them.

export type { Base64Embedding, Base64EmbeddingResponse } from './base64-embedding-response.js';
export {
  createFloat32Embedding,
  type Float32Embedding,
  type Float32EmbeddingResponse,
} from './create-float32-embedding.js';
export { decodeEmbedding } from './decode-embedding.js';
export * from './generated/index.js';
