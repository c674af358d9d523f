import { InvalidInputError, OpenAIError } from '@org/core';
import { constantTimeEqual } from './constant-time-equal.js';
import { decodeBase64 } from './decode-base64.js';
import type { WebhookBody } from './webhook-body.js';
import { WebhookSignatureMismatchError, WebhookTimestampError } from './webhook-errors.js';
import { requireWebhookHeader, type WebhookHeaders } from './webhook-headers.js';
import { webhookSecretKeys } from './webhook-secret-keys.js';
import type { WebhookVerifyOptions } from './webhook-verify-options.js';

/** The bytes signed: `<webhook-id>.<webhook-timestamp>.<body>`, the body as it arrived, never re-encoded. */
function signedContent(id: string, timestamp: string, body: WebhookBody): Uint8Array<ArrayBuffer> {
  const prefix = new TextEncoder().encode(`${id}.${timestamp}.`);
  const bytes =
    typeof body === 'string'
      ? new TextEncoder().encode(body)
      : body instanceof Uint8Array
        ? body
        : new Uint8Array(body);
  const content = new Uint8Array(prefix.length + bytes.length);
  content.set(prefix);
  content.set(bytes, prefix.length);
  return content;
}

/** The `v1` signatures of a `webhook-signature` header (`v1,<base64> v1,<base64>`); other versions are ignored. */
function v1Signatures(header: string): Uint8Array[] {
  return header.split(' ').flatMap((entry) => {
    const signature = entry.startsWith('v1,') ? decodeBase64(entry.slice(3)) : undefined;
    return signature ? [signature] : [];
  });
}

function checkTimestamp(header: string, tolerance: number): void {
  const timestamp = /^\d{1,15}$/.test(header) ? Number(header) : Number.NaN;
  if (!(Math.abs(Date.now() / 1000 - timestamp) <= tolerance)) throw new WebhookTimestampError(timestamp, tolerance);
}

/**
 * Resolves when the delivery was signed by OpenAI with one of the secrets (HMAC-SHA256 over its id, timestamp and body,
 * with WebCrypto) within `tolerance` seconds of now; rejects with a subclass of `InvalidWebhookSignatureError` otherwise.
 * Pass the body exactly as it arrived: parsing and re-serializing JSON changes the bytes that were signed.
 */
export async function verifyWebhookSignature(
  body: WebhookBody,
  headers: WebhookHeaders,
  options: WebhookVerifyOptions = {},
): Promise<void> {
  const keys = webhookSecretKeys(options.secret);
  const tolerance = options.tolerance ?? 300;
  if (typeof tolerance !== 'number' || !(tolerance >= 0)) {
    throw new InvalidInputError('tolerance', 'expected a number of seconds, 0 or more');
  }
  if (typeof body !== 'string' && !(body instanceof Uint8Array) && !(body instanceof ArrayBuffer)) {
    throw new InvalidInputError('body', 'expected the raw body as a string, a Uint8Array or an ArrayBuffer');
  }
  const id = requireWebhookHeader(headers, 'webhook-id');
  const timestamp = requireWebhookHeader(headers, 'webhook-timestamp');
  const signatures = v1Signatures(requireWebhookHeader(headers, 'webhook-signature'));
  checkTimestamp(timestamp, tolerance);

  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new OpenAIError(
      'Verifying a webhook needs WebCrypto (globalThis.crypto.subtle): Node 20, a worker, or https.',
    );
  }
  const content = signedContent(id, timestamp, body);
  for (const secret of keys) {
    const key = await subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const expected = new Uint8Array(await subtle.sign('HMAC', key, content));
    if (signatures.some((signature) => constantTimeEqual(signature, expected))) return;
  }
  throw new WebhookSignatureMismatchError();
}
