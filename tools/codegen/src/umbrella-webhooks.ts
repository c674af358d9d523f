/**
 * What the umbrella takes from `@org/webhooks`, a package with no operations and so no resource class to put under a
 * method path: `openai.webhooks` (the official `unwrap` and `verifySignature`), its `webhookSecret` option (declared in `openai-options.ts`) and the
 * official error class on the client. Kept here so the umbrella's generator names it once.
 */
export const umbrellaWebhooks = {
  packageName: '@org/webhooks',
  importLine: "import { InvalidWebhookSignatureError, Webhooks } from '@org/webhooks';",
  staticMember: 'static readonly InvalidWebhookSignatureError = InvalidWebhookSignatureError;',
  field: '#webhooks: Webhooks | undefined;',
  getter: [
    '/** Verifies and unwraps webhook deliveries with `webhookSecret` (or `OPENAI_WEBHOOK_SECRET`); no API calls. */',
    'get webhooks(): Webhooks {',
    '  this.#webhooks ??= new Webhooks({ secret: this.#options.webhookSecret });',
    '  return this.#webhooks;',
    '}',
  ].join('\n'),
} as const;
