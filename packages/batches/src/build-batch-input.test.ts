import { InvalidInputError, isErrorKind } from '@org/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type BatchEndpoint, type BatchEndpointTypes, batchEndpoints } from './batch-endpoint.js';
import { BatchInputError } from './batch-input-error.js';
import type { BatchRequest } from './batch-request.js';
import { buildBatchInput } from './build-batch-input.js';

const chat = (id: string, content = id): BatchRequest<'/v1/chat/completions'> => ({
  custom_id: id,
  body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content }] },
});

function refusal(build: () => unknown): BatchInputError {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(BatchInputError);
    return error as BatchInputError;
  }
  throw new Error('expected a BatchInputError');
}

describe('buildBatchInput', () => {
  it('writes one POST line per request to the endpoint, in order, into batch-input.jsonl', async () => {
    const input = buildBatchInput({ endpoint: '/v1/chat/completions', requests: [chat('a'), chat('b', 'é')] });
    expect(input.file.name).toBe('batch-input.jsonl');
    expect(input.file.type).toBe('application/jsonl');
    const text = await input.file.text();
    expect(text.endsWith('\n')).toBe(true);
    expect(
      text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { custom_id: 'a', method: 'POST', url: '/v1/chat/completions', body: chat('a').body },
      { custom_id: 'b', method: 'POST', url: '/v1/chat/completions', body: chat('b', 'é').body },
    ]);
    expect(input.bytes).toBe(input.file.size);
    expect([...input.requests.keys()]).toEqual(['a', 'b']);
    expect(input.endpoint).toBe('/v1/chat/completions');
  });

  it('types each request by its endpoint, and knows every endpoint of the spec', () => {
    expectTypeOf<keyof BatchEndpointTypes>().toEqualTypeOf<BatchEndpoint>();
    expect(batchEndpoints).toEqual([
      '/v1/responses',
      '/v1/chat/completions',
      '/v1/embeddings',
      '/v1/completions',
      '/v1/moderations',
      '/v1/images/generations',
      '/v1/images/edits',
      '/v1/videos',
    ]);
    buildBatchInput({
      endpoint: '/v1/embeddings',
      // @ts-expect-error: an embeddings request has no messages
      requests: [{ custom_id: 'a', body: { model: 'text-embedding-3-small', messages: [] } }],
    });
  });

  it('refuses a custom id used twice, naming both requests', () => {
    const error = refusal(() =>
      buildBatchInput({ endpoint: '/v1/chat/completions', requests: [chat('a'), chat('b'), chat('a')] }),
    );
    expect(error).toMatchObject({ problem: 'duplicate_custom_id', index: 2, input: 'requests[2].custom_id' });
    expect(error.message).toBe(
      'Invalid `requests[2].custom_id`: "a" is already the custom id of requests[0]; each must be unique',
    );
    expect(isErrorKind(error, 'BatchInputError') && isErrorKind(error, 'InvalidInputError')).toBe(true);
  });

  it('refuses more requests than a batch takes, reading a generator no further than the first one past the limit', () => {
    let read = 0;
    function* requests() {
      for (;;) {
        read++;
        yield chat(`r${read}`);
      }
    }
    const error = refusal(() =>
      buildBatchInput({ endpoint: '/v1/chat/completions', requests: requests() }, { maxRequests: 3 }),
    );
    expect(error).toMatchObject({ problem: 'too_many_requests', index: 3, input: 'requests' });
    expect(error.message).toContain('at most 3 requests');
    expect(read).toBe(4);
  });

  it('holds a batch to 50,000 requests by default', () => {
    const requests = Array.from({ length: 50_001 }, (_, n) => ({
      custom_id: `r${n}`,
      body: { model: 'omni-moderation-latest', input: 'x' },
    }));
    expect(refusal(() => buildBatchInput({ endpoint: '/v1/moderations', requests })).problem).toBe('too_many_requests');
    expect(buildBatchInput({ endpoint: '/v1/moderations', requests: requests.slice(1) }).requests.size).toBe(50_000);
  });

  it('refuses an input file larger than maxBytes (200 MB by default), naming the request that crossed it', () => {
    const big = chat('b', 'x'.repeat(300));
    const error = refusal(() =>
      buildBatchInput({ endpoint: '/v1/chat/completions', requests: [chat('a'), big] }, { maxBytes: 300 }),
    );
    expect(error).toMatchObject({ problem: 'too_large', index: 1, input: 'requests[1]' });
    expect(error.message).toContain('past 300 bytes');
  });

  it('refuses an endpoint a batch cannot call, listing those it can', () => {
    const error = refusal(() =>
      buildBatchInput({ endpoint: '/v1/audio/speech' as BatchEndpoint, requests: [chat('a')] as never }),
    );
    expect(error).toMatchObject({ problem: 'unsupported_endpoint', input: 'endpoint' });
    expect(error.message).toContain('"/v1/audio/speech" is not an endpoint a batch can call (/v1/responses, ');
  });

  it.each([
    ['no request', [], 'no_requests', 'requests'],
    ['a request that is not an object', [null], 'invalid_body', 'requests[0]'],
    ['a missing custom id', [{ body: {} }], 'invalid_custom_id', 'requests[0].custom_id'],
    ['an empty custom id', [{ custom_id: '', body: {} }], 'invalid_custom_id', 'requests[0].custom_id'],
    ['a body that is not an object', [{ custom_id: 'a', body: 'hi' }], 'invalid_body', 'requests[0].body'],
    [
      'a request that asks to stream',
      [{ custom_id: 'a', body: { stream: true } }],
      'invalid_body',
      'requests[0].body.stream',
    ],
    ['a body that is not JSON', [{ custom_id: 'a', body: { n: 1n } }], 'invalid_body', 'requests[0].body'],
  ])('refuses %s', (_, requests, problem, input) => {
    const error = refusal(() => buildBatchInput({ endpoint: '/v1/chat/completions', requests: requests as never }));
    expect(error).toMatchObject({ problem, input });
  });

  it('counts embedding inputs across a batch: a string or a token list is one, a list of them one each', () => {
    const embed = (id: string, input: unknown) => ({ custom_id: id, body: { model: 'text-embedding-3-small', input } });
    const requests = [embed('a', 'one'), embed('b', [1, 2, 3]), embed('c', ['x', 'y']), embed('d', [[1], [2], [3]])];
    expect(buildBatchInput({ endpoint: '/v1/embeddings', requests } as never, { maxEmbeddingInputs: 7 }).bytes).toBe(
      buildBatchInput({ endpoint: '/v1/embeddings', requests } as never).bytes,
    );
    const error = refusal(() =>
      buildBatchInput({ endpoint: '/v1/embeddings', requests } as never, { maxEmbeddingInputs: 6 }),
    );
    expect(error).toMatchObject({ problem: 'too_many_embedding_inputs', index: 3, input: 'requests[3].body.input' });
  });

  it('refuses a limit that is not a whole number from 1, naming it', () => {
    const build = () => buildBatchInput({ endpoint: '/v1/chat/completions', requests: [chat('a')] }, { maxBytes: 0 });
    expect(build).toThrow(InvalidInputError);
    expect(build).toThrow('Invalid `maxBytes`: must be an integer >= 1');
  });
});
