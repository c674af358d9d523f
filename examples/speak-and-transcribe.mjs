// Speak a sentence into a file as the audio arrives, then transcribe the file, streamed: the text grows with each
// delta, and the final transcript comes with its usage.
// Run: node examples/speak-and-transcribe.mjs (set OPENAI_API_KEY to call the real API).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transcriptionStream } from '@org/audio';
import { writeSpeech } from '@org/audio/node';
import { fileFromPath } from '@org/core/node';
import { runStandalone } from './run-standalone.mjs';

const sentence = 'The quick brown fox jumps over the lazy dog.';

/**
 * What the local server answers when there is no API key: some bytes as the speech, a chunk at a time, then the words
 * it was asked to speak as the transcript, a delta per word.
 */
export function scriptReplies(server) {
  let spoken = '';
  server.on('POST', '/audio/speech', (request) => {
    spoken = request.json().input;
    const audio = Uint8Array.from({ length: 48_000 }, (_, index) => (index * 7) % 256);
    return { body: audio, chunkSize: 8_000, headers: { 'content-type': 'audio/mpeg' } };
  });
  server.on('POST', '/audio/transcriptions', () => ({
    sse: [
      ...spoken.split(/(?= )/).map((delta) => ({ data: { type: 'transcript.text.delta', delta } })),
      {
        data: {
          type: 'transcript.text.done',
          text: spoken,
          usage: { type: 'tokens', input_tokens: 40, output_tokens: 11, total_tokens: 51 },
        },
      },
    ],
  }));
}

export async function run({ client, log = console.log }) {
  const path = join(mkdtempSync(join(tmpdir(), 'speech-example-')), 'fox.mp3');
  const bytes = await writeSpeech(client, { model: 'gpt-4o-mini-tts', voice: 'alloy', input: sentence }, path);
  log(`Spoke ${bytes} bytes into ${path}`);

  const stream = transcriptionStream(client, { model: 'gpt-4o-mini-transcribe', file: await fileFromPath(path) });
  let deltas = 0;
  for await (const event of stream) if (event.type === 'transcript.text.delta') deltas++;
  const transcript = await stream.finalTranscript();
  log(`Heard, in ${deltas} deltas: "${transcript.text}" (${transcript.usage?.total_tokens ?? '?'} tokens)`);
  return transcript;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runStandalone({ run, scriptReplies });
