import { describe, expect, it } from 'vitest';
import { rejection } from './test-support/rejection.js';
import { signDelivery } from './test-support/sign-delivery.js';
import { unwrapWebhook } from './unwrap-webhook.js';
import { MalformedWebhookBodyError, WebhookSignatureMismatchError } from './webhook-errors.js';

const secret = 'whsec_c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0xMjM0NTY3ODk=';
const event = {
  id: 'evt_1',
  object: 'event',
  created_at: 1750861210,
  type: 'batch.completed',
  data: { id: 'batch_1' },
};

describe('unwrapWebhook', () => {
  it('gives the typed event of a verified delivery, from text or bytes', async () => {
    const text = JSON.stringify(event);
    const fromText = await unwrapWebhook(text, signDelivery(text, secret).headers, { secret });
    const bytes = new TextEncoder().encode(text);
    const fromBytes = await unwrapWebhook(bytes, signDelivery(bytes, secret).headers, { secret });

    expect(fromText).toEqual(event);
    expect(fromBytes).toEqual(event);
    if (fromText.type === 'batch.completed') expect(fromText.data.id).toBe('batch_1');
  });

  it('passes an event type newer than the package through as it is', async () => {
    const text = JSON.stringify({ ...event, type: 'video.completed' });
    expect((await unwrapWebhook(text, signDelivery(text, secret).headers, { secret })).type).toBe('video.completed');
  });

  it('verifies before it parses: a forged body is a signature error, not a parse error', async () => {
    const { headers } = signDelivery(JSON.stringify(event), secret);
    expect(await rejection(unwrapWebhook('not json', headers, { secret }))).toBeInstanceOf(
      WebhookSignatureMismatchError,
    );
  });

  it('refuses a verified body that is not UTF-8, not JSON, or not an event', async () => {
    for (const body of [new Uint8Array([0x7b, 0xff, 0x7d]), 'not json', '[1,2]', '{"id":"evt_1"}', 'null']) {
      const error = await rejection(unwrapWebhook(body, signDelivery(body, secret).headers, { secret }));
      expect(error).toBeInstanceOf(MalformedWebhookBodyError);
    }
  });
});
