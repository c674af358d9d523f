import type { FetchLike } from '@org/core';

/**
 * One image as the API gives it: an item of an images response's `data` (`b64_json` or `url`), or a streamed image
 * event (`b64_json` with its `output_format`).
 */
export interface ImageSource {
  b64_json?: string | undefined;
  url?: string | undefined;
  output_format?: string | undefined;
}

/** How an image given as a URL is downloaded; an image given as base64 needs none of it. */
export interface ImageFetchOptions {
  /** Aborts the download with `APIUserAbortError`. */
  signal?: AbortSignal | undefined;
  /** The longest a download may take, its body included, before an `ImageDownloadError`; 60 000 ms by default. */
  timeout?: number | undefined;
  /** Downloads with this instead of the platform's `fetch`. The API key is never sent: the URL carries its own. */
  fetch?: FetchLike | undefined;
}
