/**
 * Stands for `Bearer <apiKey>` in the client's default headers until an attempt is sent: a user's `authorization`
 * header, or `null` for none (a server that takes its key in another header, or none), replaces it like any other.
 * NUL makes it a value no user header can hold.
 */
export const KEY_HEADER = '\0api-key';
