export * from './generated/index.js';
export { unwrapWebhook } from './unwrap-webhook.js';
export { verifyWebhookSignature } from './verify-webhook-signature.js';
export type { WebhookBody } from './webhook-body.js';
export {
  InvalidWebhookSignatureError,
  MalformedWebhookBodyError,
  MissingWebhookHeaderError,
  WebhookSignatureMismatchError,
  WebhookTimestampError,
} from './webhook-errors.js';
export type { WebhookHeaders } from './webhook-headers.js';
export type { WebhookVerifyOptions } from './webhook-verify-options.js';
export { Webhooks } from './webhooks.js';
