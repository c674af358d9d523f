import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client, RequestOptions } from '@org/core';
import { writeToPath } from '@org/core/node';
import { createSpeech } from '../generated/functions/create-speech.js';
import type { CreateSpeechRequest } from '../generated/types.js';

/**
 * Speaks `body.input` into `destination` as the audio arrives, a chunk at a time, so memory holds a chunk or two
 * whatever the length: a file path (through a temporary file renamed into place: a failed or aborted call leaves no
 * partial file), or a Node writable such as a player's stdin (`spawn('ffplay', ['-nodisp', '-autoexit', '-'])`),
 * ended once the audio is. A destination that fails (a player that quits) cancels the download. Resolves to the bytes
 * written.
 */
export async function writeSpeech(
  client: Client,
  body: CreateSpeechRequest & { stream_format?: 'audio' },
  destination: string | Writable,
  options?: RequestOptions,
): Promise<number> {
  const audio = await createSpeech(client, body, options);
  if (typeof destination === 'string') return writeToPath(audio, destination);
  let written = 0;
  const counted = (async function* () {
    for await (const chunk of audio) {
      written += chunk.byteLength;
      yield chunk;
    }
  })();
  try {
    await pipeline(counted, destination);
  } catch (error) {
    audio.cancel();
    throw error;
  }
  return written;
}
