import { describe, expect, it } from 'vitest';
import { MultipartParser, multipartBoundary } from './multipart-parser.js';

interface ParsedPart {
  headers: Record<string, string>;
  body: string;
}

function parse(boundary: string, input: Buffer, chunkSize: number): { parts: ParsedPart[]; complete: boolean } {
  const parts: ParsedPart[] = [];
  let current: { headers: Record<string, string>; chunks: Buffer[] } | undefined;
  const parser = new MultipartParser(boundary, {
    onPartBegin: (headers) => {
      current = { headers, chunks: [] };
    },
    onPartData: (chunk) => current!.chunks.push(Buffer.from(chunk)),
    onPartEnd: () => parts.push({ headers: current!.headers, body: Buffer.concat(current!.chunks).toString() }),
  });
  for (let i = 0; i < input.length; i += chunkSize) parser.write(input.subarray(i, i + chunkSize));
  return { parts, complete: parser.complete };
}

const boundary = '----formdata-undici-0123456789';
const body = Buffer.from(
  [
    'preamble to ignore',
    `--${boundary}`,
    'Content-Disposition: form-data; name="model"',
    '',
    'whisper-1',
    `--${boundary}`,
    'Content-Disposition: form-data; name="file"; filename="a.txt"',
    'Content-Type: text/plain',
    '',
    `line one\r\n--${boundary.slice(0, 10)} not a boundary\r\nünïcode`,
    `--${boundary}--`,
    'epilogue',
  ].join('\r\n'),
);

describe('MultipartParser', () => {
  it.each([1, 2, 3, 7, 16, 41, body.length])('parses input fed in chunks of %i bytes', (chunkSize) => {
    const { parts, complete } = parse(boundary, body, chunkSize);

    expect(complete).toBe(true);
    expect(parts).toEqual([
      { headers: { 'content-disposition': 'form-data; name="model"' }, body: 'whisper-1' },
      {
        headers: { 'content-disposition': 'form-data; name="file"; filename="a.txt"', 'content-type': 'text/plain' },
        body: `line one\r\n--${boundary.slice(0, 10)} not a boundary\r\nünïcode`,
      },
    ]);
  });

  it('accepts a body that starts directly with the boundary and has empty parts', () => {
    const input = Buffer.from(`--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n\r\n--b--\r\n`);

    expect(parse('b', input, 1)).toEqual({
      parts: [{ headers: { 'content-disposition': 'form-data; name="x"' }, body: '' }],
      complete: true,
    });
  });

  it('reports incomplete input as not complete', () => {
    const input = Buffer.from(`--b\r\nContent-Disposition: form-data; name="x"\r\n\r\nhalf`);

    expect(parse('b', input, 4)).toEqual({ parts: [], complete: false });
  });
});

describe('multipartBoundary', () => {
  it('reads plain and quoted boundaries', () => {
    expect(multipartBoundary('multipart/form-data; boundary=abc')).toBe('abc');
    expect(multipartBoundary('multipart/form-data; charset=utf-8; boundary="a b"')).toBe('a b');
    expect(multipartBoundary('application/json')).toBeUndefined();
  });
});
