import { join } from 'node:path';
import type { ImagesResponse } from '../generated/types.js';
import type { ImageFetchOptions } from '../image-source.js';
import { saveImage } from './save-image.js';

/**
 * Writes every image of a generation, edit or variation into `directory` as `<name>-1.png`, `<name>-2.png`, … (`name`
 * is `image` by default; the extension is the response's `output_format`, PNG when it has none, as DALL·E's), all at
 * once. Resolves to the paths, in the response's order; rejects with the first failure once every image is settled,
 * leaving no partial file.
 */
export async function saveImages(
  result: ImagesResponse,
  directory: string,
  options: ImageFetchOptions & { name?: string | undefined } = {},
): Promise<string[]> {
  const { name = 'image', ...fetchOptions } = options;
  const images = result.data ?? [];
  const paths = images.map((_, index) => join(directory, `${name}-${index + 1}.${result.output_format ?? 'png'}`));
  const saved = await Promise.allSettled(images.map((image, index) => saveImage(image, paths[index]!, fetchOptions)));
  const failure = saved.find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;
  return paths;
}
