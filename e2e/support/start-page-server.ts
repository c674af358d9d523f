import { createServer } from 'node:http';
import { closeServer, listenLocal } from './listen-local.js';

export interface PageFile {
  type: string;
  body: string;
}

/** Serves a few in-memory files (a page and its script) from its own origin. */
export async function startPageServer(
  files: Record<string, PageFile>,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://page').pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  const url = await listenLocal(server);
  return { url, close: () => closeServer(server) };
}
