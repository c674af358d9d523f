/** A delivery's body exactly as it arrived: the text (`await request.text()`) or the bytes (a raw-body `Buffer`). */
export type WebhookBody = string | Uint8Array | ArrayBuffer;
