import { once } from 'node:events';
import { constants, createBrotliCompress, createDeflate, createGzip } from 'node:zlib';

/** A `content-encoding` the server can apply to a reply: `deflate` is zlib-wrapped, as RFC 9110 defines it. */
export type Compression = 'gzip' | 'deflate' | 'br';

/**
 * Compresses a body's units as one stream, flushed after each unit, so the bytes of each decode as soon as they
 * arrive, as from a server that compresses a live stream. The end of the compressed stream goes out with the last
 * unit, so a body cut short (a mid-body fault) is a truncated compressed stream too.
 */
export async function compressUnits(units: Uint8Array[], compression: Compression): Promise<Uint8Array[]> {
  const compressor =
    compression === 'br' ? createBrotliCompress() : compression === 'gzip' ? createGzip() : createDeflate();
  const flushKind = compression === 'br' ? constants.BROTLI_OPERATION_FLUSH : constants.Z_SYNC_FLUSH;
  const output: Buffer[] = [];
  compressor.on('data', (chunk: Buffer) => output.push(chunk));
  const take = () => Buffer.concat(output.splice(0));
  const compressed: Buffer[] = [];
  for (const unit of units) {
    compressor.write(unit);
    await new Promise<void>((resolve) => compressor.flush(flushKind, () => resolve()));
    compressed.push(take());
  }
  compressor.end();
  await once(compressor, 'end');
  const last = compressed.pop();
  compressed.push(last ? Buffer.concat([last, take()]) : take());
  return compressed;
}
