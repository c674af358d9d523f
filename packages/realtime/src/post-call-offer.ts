import { type BinaryResponse, type Client, createBinaryResponse, type RequestOptions } from '@org/core';
import { rawBody } from '@org/core/internal';
import { createRealtimeCall } from './generated/functions/create-realtime-call.js';

/** The server's side of a new WebRTC call. */
export interface CallAnswer {
  /** The SDP answer to apply to the peer connection. */
  sdp: string;
  /** The call's id, from the reply's `Location` (`/v1/realtime/calls/rtc_…`), for a sideband connection. */
  callId: string | undefined;
}

/**
 * Posts a WebRTC offer to `POST /realtime/calls` and reads the answer. The offer goes as is (`application/sdp`) when
 * the key says which session to start (an ephemeral client secret); with a `model` it goes as multipart, beside the
 * session to start.
 */
export async function postCallOffer(
  client: Client,
  offer: string,
  model: string | undefined,
  options: Pick<RequestOptions, 'signal' | 'timeout'>,
): Promise<CallAnswer> {
  const accept = { ...options, headers: { accept: 'application/sdp' } };
  const reply =
    model === undefined
      ? await client.request<BinaryResponse>(
          {
            method: 'POST',
            path: '/realtime/calls',
            body: rawBody(offer, 'application/sdp'),
            read: createBinaryResponse,
          },
          accept,
        )
      : await createRealtimeCall(client, { sdp: offer, session: { type: 'realtime', model } }, accept);
  const location = reply.meta.headers.get('location') ?? '';
  const callId = /\/realtime\/calls\/([^/?#]+)/.exec(location)?.[1];
  return { sdp: await reply.text(), callId: callId === undefined ? undefined : decodeURIComponent(callId) };
}
