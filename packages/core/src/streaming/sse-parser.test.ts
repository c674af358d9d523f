import { createParser } from 'eventsource-parser';
import { describe, expect, it } from 'vitest';
import { StreamError } from '../errors/stream-error.js';
import { SseParser } from './sse-parser.js';

interface ParsedEvent {
  event: string | undefined;
  data: string;
}

function parse(chunks: string[], maxBufferSize = 1024): ParsedEvent[] {
  const events: ParsedEvent[] = [];
  const parser = new SseParser((event, data) => {
    events.push({ event, data });
    return false;
  }, maxBufferSize);
  for (const chunk of chunks) parser.feed(chunk);
  parser.end();
  return events;
}

/** What eventsource-parser, the reference implementation, makes of the same chunks. */
function parseWithReference(chunks: string[]): ParsedEvent[] {
  const events: ParsedEvent[] = [];
  const parser = createParser({ onEvent: ({ event, data }) => events.push({ event: event || undefined, data }) });
  for (const chunk of chunks) parser.feed(chunk);
  return events;
}

/** A small deterministic generator (mulberry32), so a failing case can be replayed from its seed. */
function randomFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const lines = [
  'data: {"n":1}',
  'data:{"n":2}',
  'data:  two spaces',
  'data',
  'data:',
  'event: response.created',
  'event:',
  'event',
  ': a comment',
  ':',
  'id: 7',
  'retry: 1000',
  'retry: soon',
  'unknown: field',
  'data: é ☃ 😀',
  'data: a:b: c',
  'event: x:y',
  'data:\tTAB',
  ' data: leading space',
  'DATA: upper case',
  'data: nul \u0000 inside',
  'data: [DONE]',
  '',
  '',
];
const lineEnds = ['\n', '\r', '\r\n'];

function randomStream(random: () => number): string[] {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)] as T;
  let text = '';
  const count = Math.floor(random() * 30);
  for (let i = 0; i < count; i++) text += pick(lines) + pick(lineEnds);
  text += '\n\n';
  const chunks: string[] = [];
  for (let start = 0; start < text.length; ) {
    const size = 1 + Math.floor(random() * 12);
    chunks.push(text.slice(start, start + size));
    start += size;
  }
  return chunks;
}

describe('SseParser', () => {
  it('joins data lines with LF and takes the event name', () => {
    expect(parse(['event: delta\ndata: a\ndata: b\n\n'])).toEqual([{ event: 'delta', data: 'a\nb' }]);
  });

  it('strips one space after the colon, and only one', () => {
    expect(parse(['data:a\n\ndata:  b\n\n'])).toEqual([
      { event: undefined, data: 'a' },
      { event: undefined, data: ' b' },
    ]);
  });

  it('skips comments, id, retry and unknown fields', () => {
    expect(parse([': hi\nid: 1\nretry: 5\nfoo: bar\ndata: x\n\n'])).toEqual([{ event: undefined, data: 'x' }]);
  });

  it('dispatches nothing for an event without data lines, and forgets its name', () => {
    expect(parse(['event: ping\n\ndata: x\n\n'])).toEqual([{ event: undefined, data: 'x' }]);
  });

  it('takes a bare `data` line as an empty data line', () => {
    expect(parse(['data\ndata\n\n'])).toEqual([{ event: undefined, data: '\n' }]);
  });

  it('pairs a CR ending one chunk with the LF opening the next', () => {
    expect(parse(['data: 1\r', '\ndata: 2\r', '\n\r', '\n'])).toEqual([{ event: undefined, data: '1\n2' }]);
  });

  it('keeps a CR ending one chunk paired with the LF opening the next, across an empty chunk', () => {
    expect(parse(['data: 1\r', '', '\ndata: 2\n\n'])).toEqual([{ event: undefined, data: '1\n2' }]);
  });

  it('ignores the rest of the text once the handler returns true', () => {
    const seen: string[] = [];
    const parser = new SseParser((_event, data) => {
      seen.push(data);
      return data === 'stop';
    }, 16);
    parser.feed(`data: a\n\ndata: stop\n\ndata: b\n\n: ${'x'.repeat(64)}`);
    parser.feed('data: c\n\n');
    parser.end();
    expect(seen).toEqual(['a', 'stop']);
  });

  it('delivers the last event when the text ends after a line break but before the blank line', () => {
    expect(parse(['data: 1\n'])).toEqual([{ event: undefined, data: '1' }]);
  });

  it('drops the last event when the text ends in the middle of a line', () => {
    expect(parse(['data: 1\ndata: 2'])).toEqual([]);
  });

  it('throws a StreamError naming the limit when an unfinished event outgrows maxBufferSize', () => {
    expect(() => parse(['data: 0123456789', '0123456789'], 16)).toThrow(StreamError);
    expect(() => parse(['data: 0123456789\ndata: 0123456789\n'], 16)).toThrow(/16 characters/);
  });

  // Each data line is a slice that keeps its whole chunk in memory, comments included.
  it('counts every chunk fed while an event is pending against maxBufferSize, not only its lines', () => {
    const chunk = `: ${'padding'.repeat(20)}\ndata: x\n`;
    const parser = new SseParser(() => false, 10 * chunk.length);
    const feedChunks = () => {
      for (let count = 0; count < 100; count++) parser.feed(chunk);
    };
    expect(feedChunks).toThrow(StreamError);
  });

  it('does not limit an event that is complete within one feed', () => {
    expect(parse([`data: ${'x'.repeat(100)}\n\n`], 16)).toHaveLength(1);
  });

  // Scanning the whole carried line again for every chunk would copy it once per chunk: 32 GiB here, minutes of work.
  it('reads a 4 MiB line arriving in 256-character chunks in one pass', () => {
    const value = 'x'.repeat(4 * 1024 * 1024);
    const chunks = ['data: '];
    for (let start = 0; start < value.length; start += 256) chunks.push(value.slice(start, start + 256));
    chunks.push('\n\n');
    const [event] = parse(chunks, 8 * 1024 * 1024);
    expect(event?.data.length).toBe(value.length);
  });

  it('agrees with eventsource-parser on random streams split at random points', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const chunks = randomStream(randomFrom(seed));
      const ours = parse(chunks, Number.POSITIVE_INFINITY);
      expect({ seed, events: ours }).toEqual({ seed, events: parseWithReference(chunks) });
    }
  });
});
