import { type Stream, StreamError } from '@org/core';
import { StreamHelper } from '@org/core/internal';
import type { ImageEditStreamEvent, ImageGenStreamEvent } from './generated/types.js';

type ImageStreamEvent = ImageGenStreamEvent | ImageEditStreamEvent;
type FinishedImage<E extends ImageStreamEvent> = Exclude<E, { partial_image_index: number }>;
type PartialImage<E extends ImageStreamEvent> = Extract<E, { partial_image_index: number }>;

/** What an image stream ends with: its finished images, and the partial ones that came before, in order. */
export interface ImageStreamResult<E extends ImageStreamEvent> {
  images: FinishedImage<E>[];
  partialImages: PartialImage<E>[];
}

/**
 * A streamed image generation or edit: iterate it (once) for its typed events, each partial image as it is drawn
 * (`….partial_image`, its `b64_json` with `partial_image_index`) then the finished image (`….completed`, with its
 * usage); await `finalImage()` or `partialImages()`, which read the stream themselves when nothing iterates it. A
 * stream that ends before a finished image rejects with `StreamError`. `abort()` frees the connection.
 */
export class ImageStream<E extends ImageStreamEvent> extends StreamHelper<E, ImageStreamResult<E>> {
  readonly #events: Promise<Stream<E>>;

  /** `open` starts the streamed call, listening to the signal it is given; `signal` aborts this stream. */
  constructor(open: (signal: AbortSignal) => Promise<Stream<E>>, signal?: AbortSignal) {
    super();
    this.follow(signal);
    this.#events = this.connect(open(this.signal));
  }

  /** The finished image (the first, when the request asked for several). */
  finalImage(): Promise<FinishedImage<E>> {
    return this.settled((result) => result.images[0]!);
  }

  /** Every finished image, in the order they came. */
  finalImages(): Promise<FinishedImage<E>[]> {
    return this.settled((result) => result.images);
  }

  /** The partial images the stream sent before its finished one, in order; `partial_images` asks for up to three. */
  partialImages(): Promise<PartialImage<E>[]> {
    return this.settled((result) => result.partialImages);
  }

  protected async *produce(): AsyncGenerator<E, ImageStreamResult<E>> {
    const result: ImageStreamResult<E> = { images: [], partialImages: [] };
    for await (const event of await this.#events) {
      if (event.type.endsWith('.completed')) result.images.push(event as FinishedImage<E>);
      else if (event.type.endsWith('.partial_image')) result.partialImages.push(event as PartialImage<E>);
      yield event;
    }
    if (result.images.length === 0) throw new StreamError('The image stream ended before its finished image.');
    return result;
  }
}
