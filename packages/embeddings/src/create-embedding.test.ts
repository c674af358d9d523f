import { createClient, OpenAIError } from '@org/core';
import type { RecordedRequest } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createFloat32Embedding } from './create-float32-embedding.js';
import { decodeEmbedding } from './decode-embedding.js';
import { createEmbedding } from './generated/functions/create-embedding.js';
import { Embeddings } from './generated/index.js';
import { base64Of, float32Text, sampleFloats } from './test-support/float32-text.js';

const server = useTestServer();
const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });

// Edge values beside the ordinary ones: zeros of both signs, the extremes, a subnormal, one ulp above 1.
const edges = [0, -0, 1, -1, 3.4028234663852886e38, -3.4028234663852886e38, 1.401298464324817e-45, 1.0000001192092896];
const first = Float32Array.from([...edges, ...sampleFloats(1536 - edges.length)]);
const second = sampleFloats(1536, 11);
const usage = { prompt_tokens: 4, total_tokens: 4 };
const reply = (embeddings: unknown[]) => ({
  json: {
    object: 'list',
    model: 'text-embedding-3-small',
    data: embeddings.map((embedding, index) => ({ object: 'embedding', index, embedding })),
    usage,
  },
});
/** The float32 bits of each value, so -0 differs from 0 and a value off by one ulp shows. */
const bits = (values: ArrayLike<number>) => Array.from(new Uint32Array(Float32Array.from(values).buffer));
const body = { model: 'text-embedding-3-small', input: ['a', 'b'] };

/** The API's reply in the encoding asked for: base64 texts, or JSON numbers written as the API writes float32s. */
function embeddingsReply(request: RecordedRequest) {
  const format = (request.json() as { encoding_format?: string }).encoding_format;
  return reply(
    [first, second].map((values) =>
      format === 'base64' ? base64Of(values) : [...values].map((value) => Number(float32Text(value))),
    ),
  );
}

describe('createEmbedding', () => {
  it('asks for base64 when the call sets no encoding, and decodes the very float32s a float reply carries', async () => {
    server.on('POST', '/embeddings', embeddingsReply);
    const decoded = await createEmbedding(client(), body);
    const floats = await createEmbedding(client(), { ...body, encoding_format: 'float' });
    expect(server.requests.map((request) => request.json())).toEqual([
      { ...body, encoding_format: 'base64' },
      { ...body, encoding_format: 'float' },
    ]);
    expect(decoded.usage).toEqual(usage);
    expect(decoded.data.map((item) => item.index)).toEqual([0, 1]);
    for (const [index, values] of [first, second].entries()) {
      const numbers = decoded.data[index]!.embedding;
      expect(Array.isArray(numbers)).toBe(true);
      expect(bits(numbers)).toEqual(bits(values));
      // The float reply's shortest decimals, rounded to float32, are the same values (=== : the test server's JSON
      // writes -0 as 0, which base64 keeps).
      const rounded = floats.data[index]!.embedding.map(Math.fround);
      expect(rounded.filter((value, at) => value !== numbers[at])).toEqual([]);
    }
    expect(decoded.data[0]!.embedding.slice(0, edges.length)).toEqual(edges);
    expect(Object.is(decoded.data[0]!.embedding[1], -0)).toBe(true);
  });

  it('gives a call that asks for base64 the strings, and one that asks for floats the numbers, as sent', async () => {
    server.on('POST', '/embeddings', embeddingsReply);
    const strings = await createEmbedding(client(), { ...body, encoding_format: 'base64' });
    expect(strings.data.map((item) => item.embedding)).toEqual([base64Of(first), base64Of(second)]);
    const typed: string = strings.data[0]!.embedding;
    expect(decodeEmbedding(typed)).toEqual(first);
    const numbers = await createEmbedding(client(), { ...body, encoding_format: 'float' });
    expect(numbers.data[1]!.embedding).toEqual([...second].map((value) => Number(float32Text(value))));
  });

  it('keeps the numbers of a compatible server that ignores the encoding', async () => {
    server.on('POST', '/embeddings', reply([[0.5, -0.25]]));
    const result = await createEmbedding(client(), body);
    expect(result.data[0]!.embedding).toEqual([0.5, -0.25]);
    await expect(createFloat32Embedding(client(), body)).resolves.toMatchObject({
      data: [{ embedding: Float32Array.from([0.5, -0.25]) }],
    });
  });

  it('names the embedding a reply garbled, with an OpenAIError', async () => {
    server.on('POST', '/embeddings', reply([base64Of(first), 'not base64!']));
    const error = await createEmbedding(client(), body).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAIError);
    expect((error as Error).message).toBe('Embedding 1 of the reply is not base64.');
    server.on('POST', '/embeddings', reply(['AAAAAAA=']));
    await expect(createEmbedding(client(), body)).rejects.toThrow(
      'Embedding 0 of the reply has 5 bytes, not a whole number of float32 values.',
    );
  });

  it('behaves the same through the resource class, which the umbrella’s embeddings.create is', async () => {
    server.on('POST', '/embeddings', embeddingsReply);
    const embeddings = new Embeddings(client());
    const decoded = await embeddings.create(body);
    expect(bits(decoded.data[1]!.embedding)).toEqual(bits(second));
    const strings = await embeddings.create({ ...body, encoding_format: 'base64' });
    expect(strings.data[1]!.embedding).toBe(base64Of(second));
    expect(server.requests.map((request) => (request.json() as { encoding_format: string }).encoding_format)).toEqual([
      'base64',
      'base64',
    ]);
  });

  it('still gives the response with withResponse()', async () => {
    server.on('POST', '/embeddings', embeddingsReply);
    const { data, request_id } = await createEmbedding(client(), body).withResponse();
    expect(request_id).toMatch(/^req_/);
    expect(bits(data.data[0]!.embedding)).toEqual(bits(first));
  });
});

describe('createFloat32Embedding', () => {
  it('sends base64 and gives each embedding as a Float32Array of the exact values', async () => {
    server.on('POST', '/embeddings', embeddingsReply);
    const result = await createFloat32Embedding(client(), body);
    expect(server.requests[0]!.json()).toEqual({ ...body, encoding_format: 'base64' });
    expect(result.data[0]!.embedding).toBeInstanceOf(Float32Array);
    expect(bits(result.data[0]!.embedding)).toEqual(bits(first));
    expect(bits(result.data[1]!.embedding)).toEqual(bits(second));
    expect(result).toMatchObject({ model: 'text-embedding-3-small', usage });
  });
});

describe('decodeEmbedding', () => {
  it('reads little-endian float32s from base64, and names a text that is not one', () => {
    expect(decodeEmbedding('AACAPwAAAMA=')).toEqual(Float32Array.from([1, -2]));
    expect(() => decodeEmbedding('AACAPwA=')).toThrow(
      'The embedding has 5 bytes, not a whole number of float32 values.',
    );
  });
});
