import type {
  CreateBatchRequest,
  CreateChatCompletionRequest,
  CreateChatCompletionResponse,
  CreateCompletionRequest,
  CreateCompletionResponse,
  CreateEmbeddingRequest,
  CreateEmbeddingResponse,
  CreateImageRequest,
  CreateModerationRequest,
  CreateModerationResponse,
  CreateResponse,
  CreateVideoJsonBody,
  EditImageBodyJsonParam,
  ImagesResponse,
  Response,
  VideoResource,
} from './generated/types.js';

/** An endpoint a batch can call: the spec's batch `endpoint` values. */
export type BatchEndpoint = CreateBatchRequest['endpoint'];

/** What each endpoint a batch can call takes as a request body, and answers with. */
export interface BatchEndpointTypes {
  '/v1/responses': { body: CreateResponse; result: Response };
  '/v1/chat/completions': { body: CreateChatCompletionRequest; result: CreateChatCompletionResponse };
  '/v1/embeddings': { body: CreateEmbeddingRequest; result: CreateEmbeddingResponse };
  '/v1/completions': { body: CreateCompletionRequest; result: CreateCompletionResponse };
  '/v1/moderations': { body: CreateModerationRequest; result: CreateModerationResponse };
  '/v1/images/generations': { body: CreateImageRequest; result: ImagesResponse };
  '/v1/images/edits': { body: EditImageBodyJsonParam; result: ImagesResponse };
  '/v1/videos': { body: CreateVideoJsonBody; result: VideoResource };
}

/** The request body a batch sends to `E`. */
export type BatchRequestBody<E extends BatchEndpoint> = BatchEndpointTypes[E]['body'];

/** The body of a successful reply of `E`. */
export type BatchResultBody<E extends BatchEndpoint> = BatchEndpointTypes[E]['result'];

// A record rather than a list, so that the compiler holds it to exactly the spec's endpoints.
const endpoints = {
  '/v1/responses': true,
  '/v1/chat/completions': true,
  '/v1/embeddings': true,
  '/v1/completions': true,
  '/v1/moderations': true,
  '/v1/images/generations': true,
  '/v1/images/edits': true,
  '/v1/videos': true,
} satisfies Record<BatchEndpoint, true>;

/** Every endpoint a batch can call, as the spec lists them. */
export const batchEndpoints = /* @__PURE__ */ Object.keys(endpoints) as readonly BatchEndpoint[];

export function isBatchEndpoint(value: unknown): value is BatchEndpoint {
  return typeof value === 'string' && Object.hasOwn(endpoints, value);
}
