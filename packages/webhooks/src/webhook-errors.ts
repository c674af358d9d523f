import { OpenAIError } from '@org/core';

/**
 * A delivery that cannot be shown to come from OpenAI: do not act on it (answer 400). The official package's name for
 * every such failure; each reason is a subclass of its own.
 */
export class InvalidWebhookSignatureError extends OpenAIError {
  static override readonly kind: string = 'InvalidWebhookSignatureError';
}

/** None of the delivery's `v1` signatures matches its id, timestamp and body under any of the secrets. */
export class WebhookSignatureMismatchError extends InvalidWebhookSignatureError {
  static override readonly kind: string = 'WebhookSignatureMismatchError';

  constructor() {
    super('The webhook signature does not match the delivery under any of the secrets.');
  }
}

/** The delivery's `webhook-timestamp` is further from now than the tolerance, either way, or is not a Unix time. */
export class WebhookTimestampError extends InvalidWebhookSignatureError {
  static override readonly kind: string = 'WebhookTimestampError';

  constructor(
    /** The header's value, in seconds since the epoch; `NaN` when it is not a number. */
    readonly timestamp: number,
    readonly toleranceSeconds: number,
  ) {
    const now = Date.now() / 1000;
    super(
      Number.isNaN(timestamp)
        ? 'The webhook-timestamp header is not a Unix time in seconds.'
        : `The webhook timestamp is ${timestamp < now ? 'older' : 'further in the future'} than the tolerance of ${toleranceSeconds} s.`,
    );
  }
}

/** The delivery lacks one of `webhook-id`, `webhook-timestamp`, `webhook-signature`. */
export class MissingWebhookHeaderError extends InvalidWebhookSignatureError {
  static override readonly kind: string = 'MissingWebhookHeaderError';

  constructor(readonly header: string) {
    super(`The webhook delivery has no ${header} header.`);
  }
}

/** A verified delivery whose body is not a webhook event: not UTF-8, not JSON, or an object without a `type`. */
export class MalformedWebhookBodyError extends OpenAIError {
  static override readonly kind: string = 'MalformedWebhookBodyError';
}

declare module '@org/core' {
  interface ErrorKindMap {
    InvalidWebhookSignatureError: InvalidWebhookSignatureError;
    WebhookSignatureMismatchError: WebhookSignatureMismatchError;
    WebhookTimestampError: WebhookTimestampError;
    MissingWebhookHeaderError: MissingWebhookHeaderError;
    MalformedWebhookBodyError: MalformedWebhookBodyError;
  }
}
