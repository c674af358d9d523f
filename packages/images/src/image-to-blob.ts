import { InvalidInputError } from '@org/core';
import { decodeBase64 } from '@org/core/internal';
import { fetchImage } from './fetch-image.js';
import { imageMediaType } from './image-media-type.js';
import type { ImageFetchOptions, ImageSource } from './image-source.js';

/**
 * One generated or edited image as a `Blob`, typed (`image/png`, …): decoded from `b64_json`, or downloaded from `url`
 * (see `ImageFetchOptions`). `outputFormat` names the format of a base64 image whose source does not say
 * (`result.output_format` for the items of an images response); PNG otherwise. Works in browsers too.
 */
export async function imageToBlob(
  image: ImageSource,
  options: ImageFetchOptions & { outputFormat?: string | null | undefined } = {},
): Promise<Blob> {
  if (image.b64_json !== undefined) {
    const bytes = decodeBase64(image.b64_json) as Uint8Array<ArrayBuffer>;
    return new Blob([bytes], { type: imageMediaType(image.output_format ?? options.outputFormat) });
  }
  if (image.url === undefined) throw new InvalidInputError('image', 'it has neither b64_json nor url');
  return fetchImage(image.url, options, async ({ body, type }) => {
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    for await (const chunk of body) chunks.push(chunk as Uint8Array<ArrayBuffer>);
    return new Blob(chunks, { type });
  });
}
