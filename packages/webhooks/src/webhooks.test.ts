import { afterEach, describe, expect, it, vi } from 'vitest';
import { signDelivery } from './test-support/sign-delivery.js';
import { InvalidWebhookSignatureError } from './webhook-errors.js';
import { Webhooks } from './webhooks.js';

const secret = 'whsec_c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0xMjM0NTY3ODk=';
const body = '{"id":"evt_1","object":"event","created_at":1,"type":"response.failed","data":{"id":"resp_1"}}';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('Webhooks', () => {
  it('takes the official arguments: payload, headers, then an optional secret and tolerance', async () => {
    const { headers } = signDelivery(body, secret, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    const webhooks = new Webhooks({ secret: 'whsec_b3RoZXItc2VjcmV0LWtleS0xMjM0NTY3ODk=' });

    await expect(webhooks.verifySignature(body, headers, secret, 900)).resolves.toBeUndefined();
    await expect(webhooks.unwrap(body, headers, secret, 900)).resolves.toMatchObject({ type: 'response.failed' });
    await expect(webhooks.verifySignature(body, headers, undefined, 900)).rejects.toBeInstanceOf(
      InvalidWebhookSignatureError,
    );
    await expect(webhooks.verifySignature(body, headers, secret)).rejects.toBeInstanceOf(InvalidWebhookSignatureError);
  });

  it("falls back to its own secret and tolerance, then OPENAI_WEBHOOK_SECRET's", async () => {
    const { headers } = signDelivery(body, secret, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    await expect(new Webhooks({ secret, tolerance: 900 }).unwrap(body, headers)).resolves.toMatchObject({
      data: { id: 'resp_1' },
    });
    vi.stubEnv('OPENAI_WEBHOOK_SECRET', secret);
    await expect(new Webhooks({ tolerance: 900 }).verifySignature(body, headers, null)).resolves.toBeUndefined();
  });
});
