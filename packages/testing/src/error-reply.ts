import type { ReplySpec } from './reply.js';

export interface ErrorReplyOptions {
  type?: string;
  code?: string | null;
  param?: string | null;
  headers?: Record<string, string>;
}

/** A reply carrying an OpenAI-style error body: `{ error: { message, type, param, code } }`. */
export function errorReply(status: number, message: string, options: ErrorReplyOptions = {}): ReplySpec {
  const reply: ReplySpec = {
    status,
    json: {
      error: {
        message,
        type: options.type ?? (status >= 500 ? 'server_error' : 'invalid_request_error'),
        param: options.param ?? null,
        code: options.code ?? null,
      },
    },
  };
  if (options.headers) reply.headers = options.headers;
  return reply;
}
