/** Marks a `multipartBody` result; a registered symbol, so a second copy of the core recognizes it too. */
export const multipartBodyMarker: unique symbol = Symbol.for('@org/core.multipart-body') as never;
