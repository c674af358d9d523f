import { createHmac } from 'node:crypto';

export interface Delivery {
  body: string | Uint8Array;
  headers: Record<string, string>;
}

/**
 * A delivery signed as OpenAI signs one, computed independently of the code under test (node:crypto here, WebCrypto
 * there): `v1,` + base64 HMAC-SHA256 of `<id>.<timestamp>.<body>` under the secret's key.
 */
export function signDelivery(
  body: string | Uint8Array,
  secret: string,
  { id = 'wh_test_1', timestamp = Math.floor(Date.now() / 1000) }: { id?: string; timestamp?: number } = {},
): Delivery {
  const key = secret.startsWith('whsec_') ? Buffer.from(secret.slice('whsec_'.length), 'base64') : secret;
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest('base64');
  return {
    body,
    headers: { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': `v1,${signature}` },
  };
}
