import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APIUserAbortError, createClient, InvalidInputError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { generateImage } from './generated/functions/generate-image.js';
import { ImageDownloadError } from './image-download-error.js';
import { imageToBlob } from './image-to-blob.js';
import { saveImage } from './node/save-image.js';
import { saveImages } from './node/save-images.js';

const server = useTestServer();
const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
const folder = () => mkdtempSync(join(tmpdir(), 'images-'));

const png = Uint8Array.from({ length: 300_000 }, (_, index) => (index * 31) % 256);
const webp = new Uint8Array([82, 73, 70, 70, 1, 2, 3]);
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
/** Where the API's image links point; the query is the link's signature. */
const imageUrl = (name: string) => `${server.url}/files/${name}?se=2030&sig=SECRET`;

describe('imageToBlob', () => {
  it('decodes a base64 image into a Blob of its format', async () => {
    server.on('POST', '/images/generations', {
      json: { created: 1, output_format: 'webp', data: [{ b64_json: base64(webp) }] },
    });
    const result = await generateImage(client(), { model: 'gpt-image-1', prompt: 'a fox', output_format: 'webp' });
    const blob = await imageToBlob(result.data![0]!, { outputFormat: result.output_format });
    expect(blob.type).toBe('image/webp');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(webp);
    expect((await imageToBlob({ b64_json: base64(webp) })).type).toBe('image/png');
  });

  it('downloads an image URL, without the API key, into a Blob of its content-type', async () => {
    server.on('GET', '/files/fox.png', { body: png, headers: { 'content-type': 'image/png' }, chunkSize: 64 * 1024 });
    const blob = await imageToBlob({ url: imageUrl('fox.png') });
    expect(blob.type).toBe('image/png');
    expect(Buffer.from(await blob.arrayBuffer()).equals(png)).toBe(true);
    expect(server.lastRequest()!.headers.authorization).toBeUndefined();
  });

  it('names a link the server refuses, with its status, never its signature', async () => {
    server.on('GET', '/files/old.png', { status: 403, body: 'AuthenticationFailed' });
    const error = await imageToBlob({ url: imageUrl('old.png') }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImageDownloadError);
    expect(error).toMatchObject({ status: 403, url: `${server.url}/files/old.png` });
    expect((error as Error).message).toBe(
      `Could not download the image at ${server.url}/files/old.png: the server answered 403.`,
    );
    expect((error as Error).message).not.toContain('SECRET');
  });

  it('gives up after its timeout, and stops at once on abort', async () => {
    server.on('GET', '/files/slow.png', { fault: 'stall' });
    await expect(imageToBlob({ url: imageUrl('slow.png') }, { timeout: 100 })).rejects.toThrow(
      /slow\.png: it took longer than 100 ms\.$/,
    );
    const controller = new AbortController();
    const downloading = imageToBlob({ url: imageUrl('slow.png') }, { signal: controller.signal });
    await server.waitForRequests(2);
    controller.abort();
    await expect(downloading).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('refuses an image with neither b64_json nor url', async () => {
    await expect(imageToBlob({})).rejects.toBeInstanceOf(InvalidInputError);
  });
});

describe('saveImages and saveImage', () => {
  it('writes every base64 image of a response into a folder, named in order with its format', async () => {
    const directory = folder();
    server.on('POST', '/images/generations', {
      json: { created: 1, output_format: 'webp', data: [{ b64_json: base64(webp) }, { b64_json: base64(png) }] },
    });
    const result = await generateImage(client(), { model: 'gpt-image-1', prompt: 'two foxes', n: 2 });
    const paths = await saveImages(result, directory, { name: 'fox' });
    expect(paths).toEqual([join(directory, 'fox-1.webp'), join(directory, 'fox-2.webp')]);
    expect(new Uint8Array(readFileSync(paths[0]!))).toEqual(webp);
    expect(readFileSync(paths[1]!).equals(png)).toBe(true);
  });

  it('downloads URL images as they arrive, and leaves no partial file when one breaks off', async () => {
    const directory = folder();
    server.on('GET', '/files/fox.png', { body: png, chunkSize: 64 * 1024 });
    server.on('GET', '/files/broken.png', { body: png, chunkSize: 64 * 1024, fault: 'close-mid-body' });
    const result = { created: 1, data: [{ url: imageUrl('fox.png') }, { url: imageUrl('broken.png') }] };
    const error = await saveImages(result, directory).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImageDownloadError);
    expect(readdirSync(directory)).toEqual(['image-1.png']);
    expect(readFileSync(join(directory, 'image-1.png')).equals(png)).toBe(true);
  });

  it('writes one image to a path, and fails on a folder that does not exist as the file system says', async () => {
    const directory = folder();
    server.on('GET', '/files/fox.png', { body: png });
    await expect(saveImage({ url: imageUrl('fox.png') }, join(directory, 'fox.png'))).resolves.toBe(png.byteLength);
    const missing = join(directory, 'missing', 'fox.png');
    await expect(saveImage({ url: imageUrl('fox.png') }, missing)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(existsSync(missing)).toBe(false);
  });
});
