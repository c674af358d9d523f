import { realtimeInputAudio, realtimeResponse } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64.js';
import { RealtimeSendBufferFullError } from './realtime-send-buffer-full-error.js';
import { useConnections } from './test-support/use-connections.js';

const server = useTestServer();
const connect = useConnections(server);

/** A second of a 440 Hz tone, 24 kHz PCM16. */
function tone(): Int16Array {
  return Int16Array.from({ length: 24_000 }, (_, index) =>
    Math.round(Math.sin((index / 24_000) * 440 * 2 * Math.PI) * 8000),
  );
}

/** The PCM bytes the server received in `input_audio_buffer.append` events. */
function appendedAudio(): Buffer {
  const chunks = server.realtime.events
    .filter((event) => event.type === 'input_audio_buffer.append')
    .map((event) => base64ToBytes(event.audio as string));
  return Buffer.concat(chunks);
}

/** Whether two byte arrays hold the same bytes (a deep equality of large arrays would take seconds). */
const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);

describe('an audio turn', () => {
  it('sends PCM16 in chunks, commits it, gets its transcript, and assembles the audio and transcript out', async () => {
    const spoken = new Uint8Array(24_000).map((_, index) => (index * 7) % 256);
    server.realtime.on('input_audio_buffer.commit', realtimeInputAudio({ transcript: 'What is the weather?' }));
    server.realtime.on('response.create', realtimeResponse({ audio: spoken, transcript: 'It is sunny.' }));
    const rt = connect();
    const input = tone();

    await rt.appendAudio(input, { chunkBytes: 16_000 });
    const { itemId } = await rt.commitAudio();
    expect(await rt.inputTranscript(itemId)).toBe('What is the weather?');
    const result = await rt.createResponse({ output_modalities: ['audio'] }).result();

    const appends = server.realtime.events.filter((event) => event.type === 'input_audio_buffer.append');
    expect(appends).toHaveLength(3);
    expect(sameBytes(appendedAudio(), new Uint8Array(input.buffer))).toBe(true);
    expect(result.transcript).toBe('It is sunny.');
    expect(sameBytes(result.audio, spoken)).toBe(true);
    expect(result.text).toBe('');
  });

  it('refuses a chunk size that would split a sample', () => {
    const rt = connect();
    expect(() => rt.appendAudio(new Uint8Array(4), { chunkBytes: 3 })).toThrow(/options\.chunkBytes/);
  });

  it('keeps appends in order, and sends audio larger than the send buffer as the socket drains', async () => {
    const rt = connect({ maxBufferedBytes: 64 * 1024 });
    const first = new Uint8Array([1, 2, 3, 4]);
    const big = new Uint8Array(1024 * 1024).map((_, index) => index % 253);
    const last = new Uint8Array([5, 6]);
    // Before the socket opens: the big one is taken, as the buffer is not full yet; then it is.
    const queued = [rt.appendAudio(first), rt.appendAudio(big, { chunkBytes: 32 * 1024 })];
    await expect(rt.appendAudio(last)).rejects.toBeInstanceOf(RealtimeSendBufferFullError);
    await Promise.all(queued);
    await rt.appendAudio(last);
    await server.realtime.waitForEvents(34);
    expect(sameBytes(appendedAudio(), Buffer.concat([first, big, last]))).toBe(true);
  });

  it('encodes and decodes base64 audio', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 255]);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });
});
