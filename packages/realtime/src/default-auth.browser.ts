/** How the key travels when neither `auth` nor a constructor is given: a browser's WebSocket sends no headers. */
export const DEFAULT_AUTH: 'header' | 'subprotocol' = 'subprotocol';
