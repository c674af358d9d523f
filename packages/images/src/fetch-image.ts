import { APIUserAbortError } from '@org/core';
import { iterateReadableStream, onAbort } from '@org/core/internal';
import { ImageDownloadError } from './image-download-error.js';
import type { ImageFetchOptions } from './image-source.js';

/** A downloaded image as it arrives: its bytes (a failure to read them is an `ImageDownloadError`) and media type. */
export interface ImageDownload {
  body: AsyncIterable<Uint8Array>;
  type: string;
}

/**
 * Downloads an image URL and hands it to `read`, all within the download's `timeout` and `signal`. Rejects with
 * `ImageDownloadError` (a refusal, a network failure, the timeout), `APIUserAbortError`, or the error of `read` itself
 * (a file that cannot be written).
 */
export async function fetchImage<T>(
  url: string,
  options: ImageFetchOptions,
  read: (download: ImageDownload) => Promise<T>,
): Promise<T> {
  const { signal, timeout = 60_000 } = options;
  let shown: string;
  try {
    const { origin, pathname } = new URL(url);
    shown = `${origin}${pathname}`;
  } catch {
    throw new ImageDownloadError('(not a URL)', undefined, 'the image URL is not a URL');
  }
  const failed = (cause: unknown) =>
    new ImageDownloadError(shown, undefined, (cause as Error)?.message ?? String(cause), { cause });
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const stopFollowing = signal ? onAbort(signal, () => controller.abort(signal.reason)) : undefined;
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url, { signal: controller.signal });
    } catch (cause) {
      throw failed(cause);
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      throw new ImageDownloadError(shown, response.status, `the server answered ${response.status}`);
    }
    const stream = response.body;
    const body = (async function* () {
      try {
        yield* iterateReadableStream(stream);
      } catch (cause) {
        throw failed(cause);
      }
    })();
    return await read({ body, type: response.headers.get('content-type') ?? '' });
  } catch (error) {
    if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
    if (timedOut) throw new ImageDownloadError(shown, undefined, `it took longer than ${timeout} ms`);
    throw error;
  } finally {
    clearTimeout(timer);
    stopFollowing?.();
  }
}
