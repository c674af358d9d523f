import type { Client, RequestOptions } from '@org/core';
import { streamImageGeneration } from './generated/functions/stream-image-generation.js';
import type { CreateImageRequest, ImageGenStreamEvent } from './generated/types.js';
import { ImageStream } from './image-stream.js';

/**
 * Starts a streamed image generation and returns it at once as an `ImageStream`: partial images as they are drawn
 * (`partial_images: 1` to `3` asks for them), then the finished one. `options.signal` aborts it.
 */
export function imageGenerationStream(
  client: Client,
  body: CreateImageRequest,
  options?: RequestOptions,
): ImageStream<ImageGenStreamEvent> {
  return new ImageStream((signal) => streamImageGeneration(client, body, { ...options, signal }), options?.signal);
}
