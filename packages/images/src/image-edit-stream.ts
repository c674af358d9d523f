import type { Client, RequestOptions } from '@org/core';
import { streamImageEdit } from './generated/functions/stream-image-edit.js';
import type { EditImageBody, ImageEditStreamEvent } from './generated/types.js';
import { ImageStream } from './image-stream.js';

/** Starts a streamed image edit and returns it at once as an `ImageStream`, as `imageGenerationStream` does. */
export function imageEditStream(
  client: Client,
  body: EditImageBody,
  options?: RequestOptions,
): ImageStream<ImageEditStreamEvent> {
  return new ImageStream((signal) => streamImageEdit(client, body, { ...options, signal }), options?.signal);
}
