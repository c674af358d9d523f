import type { PackageName } from './operation-table.js';

/**
 * Component schemas a package owns beyond those its operations reach: events that arrive over a socket or a
 * webhook rather than as a reply. Each is emitted, with everything it references, into the package's `types.ts`.
 */
export interface ExtraSchemaEntry {
  pkg: PackageName;
  /** Spec schema names, exactly. */
  names?: readonly string[];
  /** Every spec schema whose name starts with one of these. */
  prefixes?: readonly string[];
  /** Also emit a union of every schema this entry takes, under this name; each must have one `type` value. */
  union?: string;
}

export const extraSchemaTable: readonly ExtraSchemaEntry[] = [
  // The unions and each of their members: what the WebSocket client sends and receives.
  { pkg: 'realtime', prefixes: ['RealtimeClientEvent', 'RealtimeServerEvent'] },
  // What a webhook delivery's body can be; the spec has no union of them, so the generator makes one.
  { pkg: 'webhooks', prefixes: ['Webhook'], union: 'WebhookEvent' },
  // The request body and result of every endpoint a batch can call (the spec's batch create \`endpoint\` values), so
  // a batch's requests and results are typed without importing the packages that own those endpoints.
  {
    pkg: 'batches',
    names: [
      'CreateResponse',
      'Response',
      'CreateChatCompletionRequest',
      'CreateChatCompletionResponse',
      'CreateEmbeddingRequest',
      'CreateEmbeddingResponse',
      'CreateCompletionRequest',
      'CreateCompletionResponse',
      'CreateModerationRequest',
      'CreateModerationResponse',
      'CreateImageRequest',
      'EditImageBodyJsonParam',
      'ImagesResponse',
      'CreateVideoJsonBody',
      'VideoResource',
      'OpenAIFile',
    ],
  },
];
