import { createClient, StreamError, toFile } from '@org/core';
import { sseDone } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import type { ImageEditStreamEvent, ImageGenStreamEvent } from './generated/types.js';
import { imageEditStream } from './image-edit-stream.js';
import { imageGenerationStream } from './image-generation-stream.js';

const server = useTestServer();
const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });

const shared = {
  created_at: 1,
  size: '1024x1024',
  quality: 'low',
  background: 'opaque',
  output_format: 'png',
} as const;
const usage = {
  total_tokens: 3,
  input_tokens: 1,
  output_tokens: 2,
  input_tokens_details: { text_tokens: 1, image_tokens: 0 },
};
const partial = (index: number): ImageGenStreamEvent => ({
  type: 'image_generation.partial_image',
  b64_json: `cGFydGlhbA${index}`,
  partial_image_index: index,
  ...shared,
});
const completed: ImageGenStreamEvent = { type: 'image_generation.completed', b64_json: 'ZmluYWw=', usage, ...shared };

describe('imageGenerationStream', () => {
  it('yields the partial images as they come, then the finished one, and keeps both', async () => {
    server.on('POST', '/images/generations', {
      sse: [{ data: partial(0) }, { data: partial(1) }, { data: completed }],
      chunkDelayMs: 5,
    });
    const stream = imageGenerationStream(client(), { model: 'gpt-image-1', prompt: 'a fox', partial_images: 2 });
    const types: string[] = [];
    for await (const event of stream) {
      if (event.type === 'image_generation.partial_image') types.push(`partial ${event.partial_image_index}`);
      else types.push(`completed, ${event.usage.total_tokens} tokens`);
    }
    expect(types).toEqual(['partial 0', 'partial 1', 'completed, 3 tokens']);
    expect(await stream.finalImage()).toEqual(completed);
    expect(await stream.partialImages()).toEqual([partial(0), partial(1)]);
    expect(server.requests[0]!.json()).toEqual({
      model: 'gpt-image-1',
      prompt: 'a fox',
      partial_images: 2,
      stream: true,
    });
    expect(stream.meta?.requestId).toMatch(/^req_/);
  });

  it('reads itself to the end when only the finished image is awaited', async () => {
    server.on('POST', '/images/generations', { sse: [{ data: partial(0) }, { data: completed }] });
    const stream = imageGenerationStream(client(), { prompt: 'a fox' });
    await expect(stream.finalImage()).resolves.toMatchObject({ b64_json: 'ZmluYWw=' });
  });

  it('rejects with StreamError when the stream ends before its finished image', async () => {
    server.on('POST', '/images/generations', { sse: [{ data: partial(0) }, sseDone] });
    const stream = imageGenerationStream(client(), { prompt: 'a fox' });
    await expect(stream.finalImage()).rejects.toThrow(StreamError);
    await expect(stream.partialImages()).rejects.toThrow('The image stream ended before its finished image.');
  });

  it('aborts with the signal of its options, freeing the connection', async () => {
    server.on('POST', '/images/generations', { sse: [{ data: partial(0) }, { data: completed }], chunkDelayMs: 5_000 });
    const controller = new AbortController();
    const stream = imageGenerationStream(client(), { prompt: 'a fox' }, { signal: controller.signal });
    const iterator = stream[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual(partial(0));
    controller.abort();
    await expect(stream.finalImage()).rejects.toMatchObject({ name: 'APIUserAbortError' });
    await server.waitForRequestClosed();
  });
});

describe('imageEditStream', () => {
  it('streams an edit of an uploaded image the same way', async () => {
    const editCompleted: ImageEditStreamEvent = { ...completed, type: 'image_edit.completed' };
    server.on('POST', '/images/edits', {
      sse: [{ data: { ...partial(0), type: 'image_edit.partial_image' } }, { data: editCompleted }],
    });
    const image = toFile(new Uint8Array([137, 80, 78, 71]), 'fox.png', { type: 'image/png' });
    const stream = imageEditStream(client(), { image, prompt: 'add a hat', partial_images: 1 });
    expect(await stream.finalImage()).toEqual(editCompleted);
    expect((await stream.partialImages()).map((event) => event.type)).toEqual(['image_edit.partial_image']);
    const parts = server.requests[0]!.parts!.map((part) => part.name);
    expect(parts).toEqual(expect.arrayContaining(['image', 'prompt', 'stream']));
  });
});
