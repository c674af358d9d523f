import { OpenAIError } from '@org/core';

/**
 * An image the API gave as a URL could not be downloaded: the server refused it (`status`, such as 403 once the link
 * has expired, about an hour after it was made), the network failed (`cause`) or it took longer than `timeout`.
 * `url` is the link without its query, whose signature is a credential.
 */
export class ImageDownloadError extends OpenAIError {
  static override readonly kind: string = 'ImageDownloadError';

  constructor(
    readonly url: string,
    readonly status: number | undefined,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super(`Could not download the image at ${url}: ${problem}.`, options);
  }
}

declare module '@org/core' {
  interface ErrorKindMap {
    ImageDownloadError: ImageDownloadError;
  }
}
