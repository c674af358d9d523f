import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caught } from '../test-support/caught.js';
import { writeToPath } from './write-to-path.js';

const folder = () => mkdtempSync(join(tmpdir(), 'write-to-path-'));

async function* chunks(count: number, failAfter?: number) {
  for (let index = 0; index < count; index++) {
    if (index === failAfter) throw new Error('source broke');
    yield new Uint8Array(1024).fill(index);
  }
}

describe('writeToPath', () => {
  it('writes an async iterable of bytes to a path and resolves to the bytes written', async () => {
    const target = join(folder(), 'out.bin');
    await expect(writeToPath(chunks(8), target)).resolves.toBe(8 * 1024);
    const written = readFileSync(target);
    expect(written.byteLength).toBe(8 * 1024);
    expect(written[7 * 1024]).toBe(7);
  });

  it('takes a web ReadableStream', async () => {
    const target = join(folder(), 'out.txt');
    const body = new Blob(['hello ', 'world']).stream();
    await expect(writeToPath(body, target)).resolves.toBe(11);
    expect(readFileSync(target, 'utf8')).toBe('hello world');
  });

  it('leaves no partial file, keeps an earlier one, and cancels the source when the source fails', async () => {
    const directory = folder();
    const target = join(directory, 'out.bin');
    writeFileSync(target, 'earlier');
    let cancelled = false;
    const source = Object.assign(chunks(8, 3), { cancel: () => (cancelled = true) });
    expect((await caught(writeToPath(source, target))).message).toBe('source broke');
    expect(cancelled).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('earlier');
    expect(readdirSync(directory)).toEqual(['out.bin']);
  });

  it('fails on a folder that does not exist, leaving nothing', async () => {
    const target = join(folder(), 'missing', 'out.bin');
    expect(await caught(writeToPath(chunks(1), target))).toMatchObject({ code: 'ENOENT' });
    expect(existsSync(target)).toBe(false);
  });
});
