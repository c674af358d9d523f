import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createClient, StreamError, toFile } from '@org/core';
import { fileFromPath } from '@org/core/node';
import { sseDone } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createTranscription } from './generated/functions/create-transcription.js';
import { createTranslation } from './generated/functions/create-translation.js';
import type { CreateTranscriptionResponseStreamEvent } from './generated/types.js';
import { transcriptionStream } from './transcription-stream.js';

const server = useTestServer();
const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
const audio = Uint8Array.from({ length: 50_000 }, (_, index) => (index * 13) % 256);
const audioHash = createHash('sha256').update(audio).digest('hex');
const usage = { type: 'tokens', input_tokens: 12, output_tokens: 4, total_tokens: 16 } as const;
const events: CreateTranscriptionResponseStreamEvent[] = [
  { type: 'transcript.text.delta', delta: 'Hello' },
  { type: 'transcript.text.delta', delta: ', world.' },
  { type: 'transcript.text.done', text: 'Hello, world.', usage },
];

describe('transcriptionStream', () => {
  it('yields the typed events while its text grows, and assembles the final transcript', async () => {
    server.on('POST', '/audio/transcriptions', { sse: events.map((data) => ({ data })), chunkDelayMs: 5 });
    const stream = transcriptionStream(client(), {
      model: 'gpt-4o-mini-transcribe',
      file: toFile(audio, 'hello.mp3', { type: 'audio/mpeg' }),
    });
    const seen: string[] = [];
    for await (const event of stream) seen.push(`${event.type}: ${stream.text}`);
    expect(seen).toEqual([
      'transcript.text.delta: Hello',
      'transcript.text.delta: Hello, world.',
      'transcript.text.done: Hello, world.',
    ]);
    expect(await stream.finalTranscript()).toEqual({ text: 'Hello, world.', usage, segments: [] });
    const fields = Object.fromEntries(server.requests[0]!.parts!.map((part) => [part.name, part.text()]));
    expect(fields).toMatchObject({ model: 'gpt-4o-mini-transcribe', stream: 'true' });
  });

  it('keeps the segments of a diarizing model, and takes the done event’s text as final', async () => {
    const segment = {
      type: 'transcript.text.segment',
      id: 'seg_0',
      start: 0,
      end: 1.5,
      text: 'Hi.',
      speaker: 'A',
    } as const;
    server.on('POST', '/audio/transcriptions', {
      sse: [
        { data: { type: 'transcript.text.delta', delta: 'Hi', segment_id: 'seg_0' } },
        { data: segment },
        {
          data: { type: 'transcript.text.done', text: 'Hi.' },
        },
      ],
    });
    const stream = transcriptionStream(client(), {
      model: 'gpt-4o-transcribe-diarize',
      file: toFile(audio, 'hi.wav'),
      response_format: 'diarized_json',
    });
    expect(await stream.finalText()).toBe('Hi.');
    expect(await stream.finalTranscript()).toEqual({ text: 'Hi.', segments: [segment] });
    expect(stream.text).toBe('Hi.');
  });

  it('rejects with StreamError when the stream ends before transcript.text.done', async () => {
    server.on('POST', '/audio/transcriptions', { sse: [{ data: events[0] }, sseDone] });
    const stream = transcriptionStream(client(), { model: 'whisper-1', file: toFile(audio, 'a.mp3') });
    await expect(stream.finalTranscript()).rejects.toThrow(StreamError);
    await expect(stream.done()).rejects.toThrow('The transcription stream ended before transcript.text.done.');
  });
});

describe('audio uploads take every source the files helpers accept', () => {
  const folder = mkdtempSync(join(tmpdir(), 'audio-'));
  const path = join(folder, 'speech.mp3');
  writeFileSync(path, audio);
  const sources: Array<[string, () => Promise<unknown> | unknown, string]> = [
    ['a path (fileFromPath)', () => fileFromPath(path), 'speech.mp3'],
    ['a Blob', () => toFile(new Blob([audio], { type: 'audio/mpeg' }), 'blob.mp3'), 'blob.mp3'],
    ['bytes', () => toFile(audio, 'bytes.mp3'), 'bytes.mp3'],
    ['an fs.ReadStream, keeping its name', () => createReadStream(path), 'speech.mp3'],
    [
      'a Node stream',
      () => toFile(Readable.from([audio.subarray(0, 20_000), audio.subarray(20_000)]), 'node.mp3'),
      'node.mp3',
    ],
    [
      'a web stream of known size',
      () => toFile(new Blob([audio]).stream(), 'web.mp3', { size: audio.byteLength }),
      'web.mp3',
    ],
  ];

  it.each(sources)('%s, to a transcription and a translation', async (_, source, filename) => {
    server.on('POST', '/audio/transcriptions', { json: { text: 'transcribed' } });
    server.on('POST', '/audio/translations', { json: { text: 'translated' } });
    await expect(
      createTranscription(client(), { model: 'whisper-1', file: (await source()) as Blob }),
    ).resolves.toEqual({
      text: 'transcribed',
    });
    await expect(createTranslation(client(), { model: 'whisper-1', file: (await source()) as Blob })).resolves.toEqual({
      text: 'translated',
    });
    for (const request of server.requests) {
      const file = request.parts!.find((part) => part.name === 'file')!;
      expect(file.filename).toBe(filename);
      expect(file).toMatchObject({ size: audio.byteLength, sha256: audioHash });
    }
  });

  it('streams a transcription of a file on disk', async () => {
    server.on('POST', '/audio/transcriptions', { sse: events.map((data) => ({ data })) });
    const stream = transcriptionStream(client(), { model: 'gpt-4o-transcribe', file: await fileFromPath(path) });
    expect(await stream.finalText()).toBe('Hello, world.');
    expect(server.requests[0]!.parts!.find((part) => part.name === 'file')!.size).toBe(audio.byteLength);
  });
});
