import { InvalidInputError } from '@org/core';
import { decodeBase64 } from '@org/core/internal';
import { writeToPath } from '@org/core/node';
import { fetchImage } from '../fetch-image.js';
import type { ImageFetchOptions, ImageSource } from '../image-source.js';

/**
 * Writes one generated or edited image to `path`: decoded from `b64_json`, or downloaded from `url` as it arrives (see
 * `ImageFetchOptions`). Through a temporary file renamed into place, so a failed download leaves no partial file.
 * Resolves to the bytes written.
 */
export async function saveImage(image: ImageSource, path: string, options: ImageFetchOptions = {}): Promise<number> {
  if (image.b64_json !== undefined) {
    const bytes = decodeBase64(image.b64_json);
    return writeToPath(
      (async function* () {
        yield bytes;
      })(),
      path,
    );
  }
  if (image.url === undefined) throw new InvalidInputError('image', 'it has neither b64_json nor url');
  return fetchImage(image.url, options, ({ body }) => writeToPath(body, path));
}
