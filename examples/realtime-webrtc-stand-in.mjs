// Browser code that stands in for the Realtime API's media server when there is no API key: @org/testing has no
// WebRTC peer of its own. The calls endpoint of the local server hands it the page's offer; a second RTCPeerConnection
// in the page answers, sends a tone back as the model's voice, and relays the `oai-events` data channel to the local
// server's realtime WebSocket endpoint, whose scripted replies then answer the page's events. Not an example of
// anything an app does: realtime-webrtc-page.mjs is the app. Loading it sets `window.answerAsServer`.

/** What the stand-in saw, for a test to check. */
export const standIn = { heardAudio: false, channelLabel: '' };

/** Answers an SDP offer as the media server would; `relayTo` is the realtime WebSocket URL the events go to. */
export async function answerAsServer(offer, relayTo, key) {
  const peer = new RTCPeerConnection();
  peer.addEventListener('track', (event) => {
    if (event.track.kind === 'audio') standIn.heardAudio = true;
  });
  peer.addEventListener('datachannel', ({ channel }) => {
    standIn.channelLabel = channel.label;
    relay(channel, new WebSocket(relayTo, ['realtime', `openai-insecure-api-key.${key}`]), peer);
  });
  await peer.setRemoteDescription({ type: 'offer', sdp: offer });
  const context = new AudioContext();
  const tone = context.createOscillator();
  const voice = context.createMediaStreamDestination();
  tone.connect(voice);
  tone.start();
  for (const track of voice.stream.getAudioTracks()) peer.addTrack(track, voice.stream);
  await peer.setLocalDescription(await peer.createAnswer());
  // No trickle ICE over a single POST: the answer carries every candidate.
  if (peer.iceGatheringState !== 'complete') {
    await new Promise((resolve) =>
      peer.addEventListener('icegatheringstatechange', () => peer.iceGatheringState === 'complete' && resolve()),
    );
  }
  return peer.localDescription.sdp;
}

/** Passes text both ways between the data channel and the socket, each holding what comes before the other opens. */
function relay(channel, socket, peer) {
  const toSocket = [];
  const toChannel = [];
  socket.addEventListener('open', () => {
    for (const text of toSocket.splice(0)) socket.send(text);
  });
  socket.addEventListener('message', ({ data }) => {
    if (channel.readyState === 'open') channel.send(data);
    else toChannel.push(data);
  });
  socket.addEventListener('close', () => peer.close());
  const flush = () => {
    for (const text of toChannel.splice(0)) channel.send(text);
  };
  if (channel.readyState === 'open') flush();
  else channel.addEventListener('open', flush);
  channel.addEventListener('message', ({ data }) => {
    if (socket.readyState === WebSocket.OPEN) socket.send(data);
    else toSocket.push(data);
  });
  channel.addEventListener('close', () => socket.close());
}

if (typeof window !== 'undefined') window.answerAsServer = answerAsServer;
