import { createHash } from 'node:crypto';
import { createClient } from '@org/core';
import type { RecordedRequest, ReplySpec, TestServer } from '@org/testing';

export const MiB = 1024 ** 2;

export const testClient = (server: TestServer, maxRetries = 0) =>
  createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries });

/** Bytes that differ from part to part, so each part is known by its hash. */
export function fileBytes(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let index = 0; index < size; index++) bytes[index] = (index * 7 + Math.floor(index / 4093)) % 251;
  return bytes;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface ScriptedUploads {
  /** The part index of each part request received, in arrival order (retries included). */
  received: number[];
  /** The most part requests the server held at once. */
  maxInFlight: number;
  /** The JSON bodies of `complete` requests. */
  completed: { part_ids: string[]; md5?: string }[];
  cancelled: number;
}

/**
 * The Uploads API on the test server, for a file of `bytes` in parts of `partSize`: each part request is held for
 * `holdMs` (so several are in flight at once) and answered with `part_<index>`, or with what `partReply` says.
 */
export function scriptUploads(
  server: TestServer,
  bytes: Uint8Array,
  partSize: number,
  options: { holdMs?: number; partReply?: (index: number, attempt: number) => ReplySpec | undefined } = {},
): ScriptedUploads {
  const indexByHash = new Map<string, number>();
  for (let index = 0; index * partSize < bytes.byteLength; index++) {
    indexByHash.set(sha256(bytes.subarray(index * partSize, (index + 1) * partSize)), index);
  }
  const script: ScriptedUploads = { received: [], maxInFlight: 0, completed: [], cancelled: 0 };
  let inFlight = 0;
  server.on('POST', '/uploads', (request) => {
    const { filename, purpose, bytes: size } = request.json() as { filename: string; purpose: string; bytes: number };
    return { json: upload('pending', { filename, purpose, bytes: size }) };
  });
  server.on('POST', '/uploads/{id}/parts', async (request: RecordedRequest) => {
    const data = request.parts?.find((part) => part.name === 'data');
    const index = data ? (indexByHash.get(data.sha256) ?? -1) : -1;
    const attempt = script.received.filter((seen) => seen === index).length;
    script.received.push(index);
    inFlight++;
    script.maxInFlight = Math.max(script.maxInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, options.holdMs ?? 0));
    inFlight--;
    if (index === -1) return { status: 400, json: { error: { message: 'a part the test did not expect' } } };
    const scripted = options.partReply?.(index, attempt);
    return (
      scripted ?? { json: { id: `part_${index}`, object: 'upload.part', created_at: 1, upload_id: request.params.id } }
    );
  });
  server.on('POST', '/uploads/{id}/complete', (request) => {
    const body = request.json() as { part_ids: string[]; md5?: string };
    script.completed.push(body);
    const file = {
      id: 'file-uploaded',
      object: 'file',
      bytes: bytes.byteLength,
      filename: 'big.jsonl',
      status: 'uploaded',
    };
    return { json: upload('completed', { file }) };
  });
  server.on('POST', '/uploads/{id}/cancel', () => {
    script.cancelled++;
    return { json: upload('cancelled') };
  });
  return script;
}

function upload(status: string, fields: Record<string, unknown> = {}) {
  const created = Math.floor(Date.now() / 1000);
  return { id: 'upload_1', object: 'upload', status, created_at: created, expires_at: created + 3600, ...fields };
}
