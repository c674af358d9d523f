import fc from 'fast-check';
import { describe, it } from 'vitest';
import { collect } from '../test-support/collect.js';
import { createTestSource } from '../test-support/create-test-source.js';
import { createEventStream } from './create-event-stream.js';
import type { NamedEvent } from './sse-decoder.js';

const event = fc.record({
  name: fc.option(fc.stringMatching(/^[a-z][a-z._]{0,15}$/), { nil: undefined }),
  data: fc.jsonValue(),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  comment: fc.boolean(),
});

/** The events' bytes, each as a server may write it, then `[DONE]`. */
function encode(events: (typeof event extends fc.Arbitrary<infer T> ? T : never)[]): Uint8Array {
  const text = events
    .map(({ name, data, eol, comment }) => {
      const lines = [comment ? ': keep-alive' : undefined, name && `event: ${name}`, `data: ${JSON.stringify(data)}`];
      return `${lines.filter((line) => line !== undefined).join(eol)}${eol}${eol}`;
    })
    .join('');
  return new TextEncoder().encode(`${text}data: [DONE]\n\n`);
}

/** `bytes` cut at the given points, anywhere: inside a line, a line break or a UTF-8 character. */
function split(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    if (point > start) chunks.push(bytes.subarray(start, point));
    start = Math.max(start, point);
  }
  return chunks;
}

describe('an event stream, property', () => {
  it('yields the same events, however its bytes are cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(event, { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        async (events, cuts) => {
          const source = createTestSource(split(encode(events), cuts));
          const items = await collect(createEventStream<NamedEvent>(source, { eventNames: true, end: '[DONE]' }));
          const expected = events.map(({ name, data }) => ({ event: name ?? 'message', data }));
          return JSON.stringify(items) === JSON.stringify(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
