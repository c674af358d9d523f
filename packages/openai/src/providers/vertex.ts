// `openai/providers/vertex`: Google Vertex AI's OpenAI endpoint; ADC through `google-auth-library`, loaded when needed.
export { type GoogleClient, type Provider, type VertexOptions, vertex } from '@org/core/providers/vertex';
