import { isRecord } from '@org/core/internal';
import type { WebhookEvent } from './generated/types.js';
import { verifyWebhookSignature } from './verify-webhook-signature.js';
import type { WebhookBody } from './webhook-body.js';
import { MalformedWebhookBodyError } from './webhook-errors.js';
import type { WebhookHeaders } from './webhook-headers.js';
import type { WebhookVerifyOptions } from './webhook-verify-options.js';

function bodyText(body: WebhookBody): string {
  if (typeof body === 'string') return body;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch (cause) {
    throw new MalformedWebhookBodyError('The webhook body is not UTF-8 text.', { cause });
  }
}

/**
 * The delivery's event, once `verifyWebhookSignature` has shown it comes from OpenAI: narrow it by `type`. An event type
 * newer than this package passes through as it is.
 */
export async function unwrapWebhook(
  body: WebhookBody,
  headers: WebhookHeaders,
  options?: WebhookVerifyOptions,
): Promise<WebhookEvent> {
  await verifyWebhookSignature(body, headers, options);
  let event: unknown;
  try {
    event = JSON.parse(bodyText(body));
  } catch (cause) {
    if (cause instanceof MalformedWebhookBodyError) throw cause;
    throw new MalformedWebhookBodyError('The webhook body is not JSON.', { cause });
  }
  if (!isRecord(event) || typeof event.type !== 'string') {
    throw new MalformedWebhookBodyError('The webhook body is not an event: it has no `type`.');
  }
  return event as unknown as WebhookEvent;
}
