import type { MultipartBody } from './multipart-body.js';
import { multipartBodyMarker } from './multipart-body-marker.js';

export function isMultipartBody(value: unknown): value is MultipartBody {
  return typeof value === 'object' && value !== null && multipartBodyMarker in value;
}
