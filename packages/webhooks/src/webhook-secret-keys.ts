import { InvalidInputError } from '@org/core';
import { readEnv } from '@org/core/internal';
import { decodeBase64 } from './decode-base64.js';

/**
 * The HMAC keys of the given secrets, or of `OPENAI_WEBHOOK_SECRET`: a `whsec_` secret is base64 after its prefix, any
 * other is taken as UTF-8, as the official package does. Errors name `secret`, never its value.
 */
export function webhookSecretKeys(secret: string | readonly string[] | null | undefined): Uint8Array<ArrayBuffer>[] {
  const given = secret ?? readEnv('OPENAI_WEBHOOK_SECRET');
  const secrets = typeof given === 'string' ? [given] : (given ?? []);
  if (secrets.length === 0) {
    throw new InvalidInputError('secret', 'missing; pass the webhook secret or set OPENAI_WEBHOOK_SECRET');
  }
  return secrets.map((text) => {
    if (typeof text !== 'string' || text === '') throw new InvalidInputError('secret', 'expected non-empty strings');
    if (!text.startsWith('whsec_')) return new TextEncoder().encode(text);
    const key = decodeBase64(text.slice('whsec_'.length));
    if (!key?.length) throw new InvalidInputError('secret', 'a whsec_ secret is base64 after its prefix');
    return key;
  });
}
