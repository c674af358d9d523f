// `@org/core/providers/vertex`: Google Vertex AI's OpenAI endpoint.
export type { Provider } from '../client/provider.js';
export { type GoogleClient, type VertexOptions, vertex } from '../cloud-providers/vertex.js';
