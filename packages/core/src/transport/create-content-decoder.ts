import { Duplex, type Transform } from 'node:stream';
import { contentCodings, decodingError } from './content-codings.js';

/**
 * A stream that undoes one of the `contentCodings` as the bytes come in. It hands on decoded bytes only as fast as
 * they are read, so a small body that inflates to gigabytes is never decoded ahead of its reader. Its zlib stream is
 * made once two bytes are in (deflate needs them to tell zlib from raw), so an empty body decodes to an empty body; a
 * corrupt or truncated one fails the stream with an `APIConnectionError` naming the coding.
 */
export function createContentDecoder(coding: string): Duplex {
  const { stream } = contentCodings[coding]!;
  let decompressor: Transform | undefined;
  let head: Buffer | undefined;
  const start = (bytes: Buffer): Transform => {
    decompressor = stream(bytes)
      // Paused while this stream's buffer is full: zlib then stops once its own is, and so does the socket.
      .on('data', (chunk: Buffer) => {
        if (!decoder.push(chunk)) decompressor!.pause();
      })
      .on('end', () => decoder.push(null))
      .on('error', (error: Error) => decoder.destroy(decodingError(coding, error)));
    return decompressor;
  };

  const decoder = new Duplex({
    write(chunk: Buffer, _encoding, callback) {
      if (!decompressor) {
        head = head ? Buffer.concat([head, chunk]) : chunk;
        if (head.length < 2) return callback();
        chunk = head;
        head = undefined;
        start(chunk);
      }
      // On a zlib error the 'error' listener fails this stream with the mapped error; handing the raw one to the
      // callback would fail it first, with that.
      decompressor!.write(chunk, (error) => {
        if (!error) callback();
      });
    },
    final(callback) {
      if (decompressor) decompressor.end();
      // One byte is too short for any coding: the decompressor says so.
      else if (head) start(head).end(head);
      else decoder.push(null);
      callback();
    },
    read() {
      decompressor?.resume();
    },
    destroy(error, callback) {
      decompressor?.destroy();
      callback(error);
    },
  });
  return decoder;
}
