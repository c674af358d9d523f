// The page of the WebRTC example, bundled for the browser by realtime-webrtc.mjs: a voice call with the model over
// WebRTC, the microphone sent, the model's voice played, and a text box whose messages go over the call's data
// channel with the same helpers as a WebSocket session. The page never holds an API key: it asks its own server for
// an ephemeral client secret (`/session`), made with `createRealtimeClientSecret`.
import { createClient } from '@org/core';
import { connectRealtimeWebRTC } from '@org/realtime';

const log = (line) => {
  document.querySelector('#log').textContent += `${line}\n`;
};

async function startCall() {
  const { apiKey, baseURL } = await (await fetch('session')).json();
  const client = createClient({ apiKey, baseURL });
  const media = await navigator.mediaDevices.getUserMedia({ audio: true });
  const call = connectRealtimeWebRTC(client, { media, audioElement: document.querySelector('audio') });
  call.on('error', (error) => log(`error: ${error.message}`));
  call.on('conversation.item.input_audio_transcription.completed', (event) => log(`you said> ${event.transcript}`));
  call.on('response.output_audio_transcript.done', (event) => log(`model said> ${event.transcript}`));
  call.on('close', ({ code }) => {
    for (const track of media.getTracks()) track.stop();
    log(`call over (${code})`);
  });
  await call.opened();
  log(`call ${call.callId ?? ''} open: speak, or type below`);
  return call;
}

/** Sends a typed message and writes the reply as it streams. */
async function ask(call, text) {
  log(`you> ${text}`);
  await call.addMessage(text);
  let reply = '';
  for await (const event of call.createResponse({ output_modalities: ['text'] })) {
    if (event.type === 'response.output_text.delta') reply += event.delta;
  }
  log(`model> ${reply}`);
  return reply;
}

const params = new URL(location.href).searchParams;
if (params.has('say')) {
  // Unattended (the demo tour): call, say each `say` line, hang up, and leave the log for the runner.
  startCall()
    .then(async (call) => {
      for (const text of params.getAll('say')) await ask(call, text);
      await call.close();
    })
    .catch((error) => log(`error: ${error.message}`))
    .finally(() => {
      window.demoDone = true;
    });
} else {
  let call;
  document.querySelector('#start').addEventListener('click', async () => {
    call ??= await startCall().catch((error) => log(`error: ${error.message}`));
  });
  document.querySelector('form').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = document.querySelector('input');
    if (call && input.value) void ask(call, input.value);
    input.value = '';
  });
  document.querySelector('#hang-up').addEventListener('click', () => call?.close());
}
