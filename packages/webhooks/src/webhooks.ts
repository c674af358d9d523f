import type { WebhookEvent } from './generated/types.js';
import { unwrapWebhook } from './unwrap-webhook.js';
import { verifyWebhookSignature } from './verify-webhook-signature.js';
import type { WebhookBody } from './webhook-body.js';
import type { WebhookHeaders } from './webhook-headers.js';
import type { WebhookVerifyOptions } from './webhook-verify-options.js';

/** The official package's arguments: the delivery's body and headers, then a secret (or several) and a tolerance. */
type OfficialArguments = [
  payload: WebhookBody,
  headers: WebhookHeaders,
  secret?: WebhookVerifyOptions['secret'],
  tolerance?: number,
];

/**
 * `unwrap` and `verifySignature` with the official package's arguments (`openai.webhooks` in `@org/openai`): the secret
 * and tolerance given to a call win over the ones given here, which win over `OPENAI_WEBHOOK_SECRET` and 300 s.
 */
export class Webhooks {
  readonly #options: WebhookVerifyOptions;

  constructor(options: WebhookVerifyOptions = {}) {
    this.#options = options;
  }

  /** Verifies the delivery, then parses it into its typed event. */
  unwrap(...[payload, headers, secret, tolerance]: OfficialArguments): Promise<WebhookEvent> {
    return unwrapWebhook(payload, headers, this.#withDefaults(secret, tolerance));
  }

  /** Resolves when the delivery was signed by OpenAI; rejects with an `InvalidWebhookSignatureError` otherwise. */
  verifySignature(...[payload, headers, secret, tolerance]: OfficialArguments): Promise<void> {
    return verifyWebhookSignature(payload, headers, this.#withDefaults(secret, tolerance));
  }

  #withDefaults(secret: WebhookVerifyOptions['secret'], tolerance: number | undefined): WebhookVerifyOptions {
    return { secret: secret ?? this.#options.secret, tolerance: tolerance ?? this.#options.tolerance };
  }
}
