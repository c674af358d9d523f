/** Browsers send the Blob body of a multipart request natively: a Blob of its parts. */
export const MultipartBlob = Blob;
