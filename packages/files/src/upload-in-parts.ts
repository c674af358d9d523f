import { APIUserAbortError, type Client, JobFailedError, type RequestOptions } from '@org/core';
import { noop, onAbort, stepOptions } from '@org/core/internal';
import { cancelUpload } from './generated/functions/cancel-upload.js';
import { completeUpload } from './generated/functions/complete-upload.js';
import { createUpload } from './generated/functions/create-upload.js';
import type { CreateUploadRequest, OpenAIFile } from './generated/types.js';
import type { UploadPlan } from './plan-upload.js';
import { sendParts } from './send-parts.js';
import type { UploadFileBody, UploadFileOptions } from './upload-file.js';
import { partCountOf, type UploadState } from './upload-state.js';

/**
 * The Uploads API path of `uploadFile`: create the Upload (or take up a saved one), send the parts not yet accepted,
 * complete it with the part ids in order. The first part that fails for good, or the caller's abort, stops the reading
 * and aborts the parts in flight; the Upload is left open to be resumed, unless `cancelOnAbort` asks to cancel it on
 * an abort.
 */
export async function uploadInParts(
  client: Client,
  plan: UploadPlan,
  body: UploadFileBody,
  options: Pick<UploadFileOptions, 'md5' | 'onProgress' | 'cancelOnAbort'>,
  request: RequestOptions,
): Promise<OpenAIFile> {
  const { signal } = request;
  // One signal for every request and the reader: the caller's abort, or the first part that fails for good.
  const stop = new AbortController();
  const stopListening = signal && onAbort(signal, () => stop.abort(signal.reason));
  const each = { ...request, signal: stop.signal };
  let state = plan.resume;
  try {
    state ??= await startUpload(client, plan, body, stepOptions(each, 'create'));
    const md5 = await sendParts(client, plan, state, options, each, (error) => stop.abort(error));
    const completing = { part_ids: state.partIds as string[], ...(md5 ? { md5 } : {}) };
    const upload = await completeUpload(client, state.uploadId, completing, stepOptions(each, 'complete'));
    if (upload.status !== 'completed' || !upload.file) {
      throw new JobFailedError(`upload ${upload.id}`, upload.status, upload);
    }
    return upload.file;
  } catch (error) {
    if (!signal?.aborted) throw error;
    if (options.cancelOnAbort && state) {
      // Best effort, past the caller's signal: an Upload left open expires within the hour anyway.
      await cancelUpload(client, state.uploadId, { ...stepOptions(request, 'cancel'), signal: undefined }).catch(noop);
    }
    throw new APIUserAbortError({ cause: signal.reason });
  } finally {
    stopListening?.();
  }
}

async function startUpload(
  client: Client,
  plan: UploadPlan,
  body: UploadFileBody,
  options: RequestOptions,
): Promise<UploadState> {
  const creating: CreateUploadRequest = {
    filename: plan.filename,
    purpose: body.purpose as CreateUploadRequest['purpose'],
    bytes: plan.bytes,
    mime_type: plan.mimeType,
  };
  if (body.expires_after) creating.expires_after = body.expires_after;
  const upload = await createUpload(client, creating, options);
  const partIds = new Array<string | null>(partCountOf(plan.bytes, plan.partSize)).fill(null);
  return { uploadId: upload.id, bytes: plan.bytes, partSize: plan.partSize, partIds, expiresAt: upload.expires_at };
}
