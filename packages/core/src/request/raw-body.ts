import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { MultipartBody } from '../uploads/multipart-body.js';
import { multipartBodyMarker } from '../uploads/multipart-body-marker.js';

/**
 * A body sent as is under its own content type (an SDP offer as `application/sdp`). It takes the seam of
 * `multipartBody`, a body that encodes itself, so the request code has no third kind of body to know about.
 */
export function rawBody(text: string, contentType: string): MultipartBody {
  return {
    [multipartBodyMarker]: true,
    fields: {},
    encode: (extra) => {
      if (extra) throw new InvalidInputError('extraBody', `a body sent as ${contentType} takes no extra fields`);
      return {
        body: new Blob([text], { type: contentType }),
        headers: { 'content-type': contentType },
        replayable: true,
      };
    },
  };
}
