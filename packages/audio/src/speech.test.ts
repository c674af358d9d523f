import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { APIConnectionError, createClient } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createSpeech } from './generated/functions/create-speech.js';
import { writeSpeech } from './node/write-speech.js';

const server = useTestServer();
const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
const MiB = 1024 ** 2;
const body = { model: 'gpt-4o-mini-tts', voice: 'alloy', input: 'A long story.' } as const;
const folder = () => mkdtempSync(join(tmpdir(), 'speech-'));

/** Bytes that differ along the file, so a chunk out of place shows. */
function audioBytes(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let index = 0; index < size; index++) bytes[index] = (index * 7 + Math.floor(index / 4093)) % 251;
  return bytes;
}

// The collector, to measure what is held rather than garbage not yet collected (the flag works once set at run time).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
// Twice: a full collection first finishes sweeping the array buffers the one before freed, so none is counted twice.
const gc = () => {
  collect();
  collect();
};

/**
 * What `work` kept alive in array buffers above their level at the start: the most of any sample, each taken after a
 * collection (so garbage not yet collected does not count), and of one more taken once it is over, with what it
 * resolved to still held. Samples come at least 10 ms apart, and further apart when a collection is slow (a loaded
 * machine), so collecting never starves the work.
 */
async function peakHeld(work: () => Promise<unknown>): Promise<{ peak: number; samples: number }> {
  gc();
  const baseline = process.memoryUsage().arrayBuffers;
  let peak = 0;
  let samples = 0;
  const sample = () => {
    gc();
    samples++;
    peak = Math.max(peak, process.memoryUsage().arrayBuffers - baseline);
  };
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    const started = performance.now();
    sample();
    timer = setTimeout(tick, Math.max(10, 2 * (performance.now() - started)));
  };
  timer = setTimeout(tick, 10);
  try {
    await work();
  } finally {
    clearTimeout(timer);
  }
  sample();
  return { peak, samples };
}

describe('writeSpeech', () => {
  const long = audioBytes(64 * MiB);

  it('writes a long speech to a file as it arrives, holding a few chunks, never the whole', async () => {
    // 256 chunks a millisecond or more apart, as a speech arrives over time: samples see it on its way.
    server.on('POST', '/audio/speech', {
      body: long,
      chunkSize: 256 * 1024,
      chunkDelayMs: 1,
      headers: { 'content-type': 'audio/mpeg' },
    });
    const target = join(folder(), 'story.mp3');
    let written = 0;
    const { peak, samples } = await peakHeld(async () => {
      written = await writeSpeech(client(), body, target);
    });
    expect(written).toBe(long.byteLength);
    expect(statSync(target).size).toBe(long.byteLength);
    expect(readFileSync(target).equals(long)).toBe(true);
    expect(samples).toBeGreaterThanOrEqual(3);
    expect(peak).toBeLessThan(4 * MiB);
    expect(server.requests[0]!.json()).toEqual(body);
  });

  it('(the control: reading the same speech whole holds all of it)', async () => {
    server.on('POST', '/audio/speech', {
      body: long,
      chunkSize: 256 * 1024,
      headers: { 'content-type': 'audio/mpeg' },
    });
    let whole: Uint8Array | undefined;
    const { peak } = await peakHeld(async () => {
      whole = await (await createSpeech(client(), body)).bytes();
    });
    expect(whole!.byteLength).toBe(long.byteLength);
    expect(peak).toBeGreaterThanOrEqual(long.byteLength);
  });

  it('leaves no partial file, and keeps none, when the audio breaks off', async () => {
    const directory = folder();
    server.on('POST', '/audio/speech', { body: audioBytes(MiB), chunkSize: 64 * 1024, fault: 'close-mid-body' });
    const error = await writeSpeech(client(), body, join(directory, 'story.mp3')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(readdirSync(directory)).toEqual([]);
  });

  it('plays into a writable as the audio arrives, and ends it', async () => {
    const audio = audioBytes(2 * MiB);
    server.on('POST', '/audio/speech', { body: audio, chunkSize: 64 * 1024 });
    const received: Uint8Array[] = [];
    let ended = false;
    const player = new Writable({
      write(chunk, _, done) {
        received.push(chunk);
        done();
      },
      final(done) {
        ended = true;
        done();
      },
    });
    await expect(writeSpeech(client(), body, player)).resolves.toBe(audio.byteLength);
    expect(ended).toBe(true);
    expect(Buffer.concat(received).equals(audio)).toBe(true);
  });

  it('stops the download when the player fails, freeing the connection', async () => {
    server.on('POST', '/audio/speech', { body: audioBytes(4 * MiB), chunkSize: 64 * 1024, chunkDelayMs: 5 });
    let chunks = 0;
    const player = new Writable({
      write(_chunk, _, done) {
        done(++chunks === 3 ? new Error('player quit') : undefined);
      },
    });
    await expect(writeSpeech(client(), body, player)).rejects.toThrow('player quit');
    await server.waitForRequestClosed();
  });

  it('stops on abort, leaving nothing behind', async () => {
    const directory = folder();
    server.on('POST', '/audio/speech', { body: audioBytes(4 * MiB), chunkSize: 64 * 1024, chunkDelayMs: 10 });
    const controller = new AbortController();
    const writing = writeSpeech(client(), body, join(directory, 'story.mp3'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(writing).rejects.toMatchObject({ name: 'APIUserAbortError' });
    expect(existsSync(join(directory, 'story.mp3'))).toBe(false);
    expect(readdirSync(directory)).toEqual([]);
  });
});
