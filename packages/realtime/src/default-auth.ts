/** How the key travels when neither `auth` nor a constructor is given: in Node, headers can be sent. */
export const DEFAULT_AUTH: 'header' | 'subprotocol' = 'header';
