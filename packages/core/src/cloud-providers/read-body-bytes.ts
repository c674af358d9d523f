import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { TransportBody } from '../transport/transport.js';

const encoder = new TextEncoder();

/**
 * The bytes a request will send, for a provider that signs them; a one-shot stream (an upload read from a Node or web
 * stream) would be used up here and is refused with an `InvalidInputError` instead.
 */
export async function readBodyBytes(provider: string, body: TransportBody | undefined): Promise<Uint8Array> {
  if (body === undefined) return new Uint8Array(0);
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  // Through `stream()`: a multipart body's Blob in Node holds no bytes of its own and streams its parts.
  if (body instanceof Blob) return new Uint8Array(await new Response(body.stream()).arrayBuffer());
  throw new InvalidInputError(
    'body',
    `${provider} signs each request with a hash of its body, and a streamed body can be read only once: ` +
      'give the upload as bytes, a Blob or a File, or use bearer authentication',
  );
}
