import { InvalidInputError, isErrorKind } from '@org/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rejection } from './test-support/rejection.js';
import { signDelivery } from './test-support/sign-delivery.js';
import { verifyWebhookSignature } from './verify-webhook-signature.js';
import {
  InvalidWebhookSignatureError,
  MissingWebhookHeaderError,
  WebhookSignatureMismatchError,
  WebhookTimestampError,
} from './webhook-errors.js';

const secret = 'whsec_c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0xMjM0NTY3ODk=';
const body =
  '{"id":"evt_1","object":"event","created_at":1750861210,"type":"response.completed","data":{"id":"resp_1"}}';
const now = () => Math.floor(Date.now() / 1000);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('verifyWebhookSignature', () => {
  it("passes a real delivery (the official package's test event, signed by OpenAI)", async () => {
    vi.useFakeTimers({ now: 1750861210 * 1000, toFake: ['Date'] });
    const headers = new Headers({
      'webhook-id': 'wh_685c059ae39c8190af8c71ed1022a24d',
      'webhook-timestamp': '1750861210',
      'webhook-signature': 'v1,gUAg4R2hWouRZqRQG4uJypNS8YK885G838+EHb4nKBY=',
    });
    const payload = `{"id": "evt_685c059ae3a481909bdc86819b066fb6", "object": "event", "created_at": 1750861210, "type": "response.completed", "data": {"id": "resp_123"}}`;
    await expect(
      verifyWebhookSignature(payload, headers, { secret: 'whsec_RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c=' }),
    ).resolves.toBeUndefined();
  });

  it('passes a body given as text or as bytes, with headers as a Headers or a record in any case', async () => {
    const { headers } = signDelivery(body, secret);
    const bytes = new TextEncoder().encode(body);
    await verifyWebhookSignature(body, new Headers(headers), { secret });
    await verifyWebhookSignature(bytes, headers, { secret });
    await verifyWebhookSignature(Buffer.from(body), headers, { secret });
    await verifyWebhookSignature(bytes.buffer, headers, { secret });
    const shouting = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toUpperCase(), value]));
    await verifyWebhookSignature(body, shouting, { secret });
  });

  it('signs the bytes as they arrived, so a body that is not valid UTF-8 still verifies', async () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    const { headers } = signDelivery(bytes, secret);
    await expect(verifyWebhookSignature(bytes, headers, { secret })).resolves.toBeUndefined();
  });

  it('refuses a tampered body, id or timestamp, and a wrong secret', async () => {
    const { headers } = signDelivery(body, secret);
    const cases = [
      verifyWebhookSignature(body.replace('resp_1', 'resp_2'), headers, { secret }),
      verifyWebhookSignature(body, { ...headers, 'webhook-id': 'wh_other' }, { secret }),
      verifyWebhookSignature(body, { ...headers, 'webhook-timestamp': String(now() - 1) }, { secret }),
      verifyWebhookSignature(body, headers, { secret: 'whsec_b3RoZXItc2VjcmV0LWtleS0xMjM0NTY3ODk=' }),
    ];
    for (const error of await Promise.all(cases.map(rejection))) {
      expect(error).toBeInstanceOf(WebhookSignatureMismatchError);
      expect(error).toBeInstanceOf(InvalidWebhookSignatureError);
      expect(isErrorKind(error, 'InvalidWebhookSignatureError')).toBe(true);
    }
  });

  it('refuses an expired or a future delivery, and passes one at the edge of the tolerance', async () => {
    const at = (offset: number) => signDelivery(body, secret, { timestamp: now() + offset }).headers;
    await expect(verifyWebhookSignature(body, at(-290), { secret })).resolves.toBeUndefined();
    await expect(verifyWebhookSignature(body, at(290), { secret })).resolves.toBeUndefined();

    const expired = await rejection(verifyWebhookSignature(body, at(-301), { secret }));
    expect(expired).toBeInstanceOf(WebhookTimestampError);
    expect(expired).toBeInstanceOf(InvalidWebhookSignatureError);
    expect(expired.message).toContain('older than the tolerance of 300 s');
    const future = await rejection(verifyWebhookSignature(body, at(301), { secret }));
    expect(future).toBeInstanceOf(WebhookTimestampError);
    expect(future.message).toContain('further in the future');

    await expect(verifyWebhookSignature(body, at(-3600), { secret, tolerance: 7200 })).resolves.toBeUndefined();
    expect(await rejection(verifyWebhookSignature(body, at(-20), { secret, tolerance: 10 }))).toBeInstanceOf(
      WebhookTimestampError,
    );
  });

  it('refuses a timestamp that is not a Unix time in seconds', async () => {
    const { headers } = signDelivery(body, secret);
    for (const timestamp of ['', 'soon', `${now()}.5`, `${now() * 1000}000`, `-${now()}`]) {
      const error = await rejection(
        verifyWebhookSignature(body, { ...headers, 'webhook-timestamp': timestamp }, { secret }),
      );
      expect(error).toBeInstanceOf(InvalidWebhookSignatureError);
    }
  });

  it('passes when any of several secrets matches (rotation), or any of several signatures', async () => {
    const oldSecret = 'whsec_b2xkLXNlY3JldC1rZXktZm9yLXRlc3RzLTEyMzQ1Njc4OQ==';
    const signedWithNew = signDelivery(body, secret);
    await expect(
      verifyWebhookSignature(body, signedWithNew.headers, { secret: [oldSecret, secret] }),
    ).resolves.toBeUndefined();

    const signedWithOld = signDelivery(body, oldSecret);
    const both = {
      ...signedWithNew.headers,
      'webhook-signature': `${signedWithOld.headers['webhook-signature']} ${signedWithNew.headers['webhook-signature']}`,
    };
    await expect(verifyWebhookSignature(body, both, { secret })).resolves.toBeUndefined();
    await expect(verifyWebhookSignature(body, both, { secret: oldSecret })).resolves.toBeUndefined();
  });

  it('takes only v1 signatures, and a secret without whsec_ as UTF-8 text, as the official package does', async () => {
    const { headers } = signDelivery(body, 'plain-secret');
    await expect(verifyWebhookSignature(body, headers, { secret: 'plain-secret' })).resolves.toBeUndefined();
    const bare = headers['webhook-signature']!.slice(3);
    for (const signature of [bare, `v2,${bare}`, 'v1,not base64!']) {
      const error = await rejection(
        verifyWebhookSignature(body, { ...headers, 'webhook-signature': signature }, { secret: 'plain-secret' }),
      );
      expect(error).toBeInstanceOf(WebhookSignatureMismatchError);
    }
  });

  it('names a missing header', async () => {
    const { headers } = signDelivery(body, secret);
    for (const header of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) {
      const error = await rejection(verifyWebhookSignature(body, { ...headers, [header]: undefined }, { secret }));
      expect(error).toBeInstanceOf(MissingWebhookHeaderError);
      expect(error).toBeInstanceOf(InvalidWebhookSignatureError);
      expect((error as MissingWebhookHeaderError).header).toBe(header);
    }
  });

  it('reads OPENAI_WEBHOOK_SECRET, and names the secret when there is none or it is not base64', async () => {
    const { headers } = signDelivery(body, secret);
    vi.stubEnv('OPENAI_WEBHOOK_SECRET', secret);
    await expect(verifyWebhookSignature(body, headers)).resolves.toBeUndefined();

    vi.stubEnv('OPENAI_WEBHOOK_SECRET', '');
    for (const options of [{}, { secret: [] }, { secret: 'whsec_%%%' }, { secret: [secret, ''] }]) {
      const error = await rejection(verifyWebhookSignature(body, headers, options));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error.message).toContain('`secret`');
    }
    const badTolerance = await rejection(verifyWebhookSignature(body, headers, { secret, tolerance: -1 }));
    expect(badTolerance.message).toContain('`tolerance`');
  });

  it('never puts a secret in an error', async () => {
    const secrets = [secret, 'whsec_%%%-not-base64-but-secret', 'plain-secret-value'];
    const { headers } = signDelivery(body, 'another-secret-entirely');
    const errors = await Promise.all([
      rejection(verifyWebhookSignature(body, headers, { secret: secrets[0] })),
      rejection(verifyWebhookSignature(body, headers, { secret: secrets[1] })),
      rejection(verifyWebhookSignature(body, headers, { secret: [secrets[2]!, secrets[0]!] })),
      rejection(verifyWebhookSignature(body, { ...headers, 'webhook-id': undefined }, { secret: secrets[2] })),
      rejection(verifyWebhookSignature(body, { ...headers, 'webhook-timestamp': '1' }, { secret: secrets[2] })),
    ]);
    for (const error of errors) {
      const shown = [String(error), error.stack, JSON.stringify(error), JSON.stringify(Object.entries(error))].join();
      for (const text of secrets) {
        expect(shown).not.toContain(text);
        expect(shown).not.toContain(text.replace('whsec_', ''));
      }
    }
  });
});
