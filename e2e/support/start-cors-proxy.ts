import { createServer, request as forward, type Server } from 'node:http';
import { closeServer, listenLocal } from './listen-local.js';

export interface CorsProxy {
  /** `http://127.0.0.1:PORT`, another origin than the page's. */
  url: string;
  /** The preflight requests a browser sent, as `METHOD path`. */
  preflights: string[];
  close(): Promise<void>;
}

/**
 * Puts CORS in front of a server that has none (like @org/testing's): answers preflights itself, forwards every
 * other request unchanged and adds the headers a browser needs to let the page read the response.
 */
export async function startCorsProxy(targetURL: string): Promise<CorsProxy> {
  const target = new URL(targetURL);
  const preflights: string[] = [];
  const server: Server = createServer((req, res) => {
    const cors = {
      'access-control-allow-origin': req.headers.origin ?? '*',
      'access-control-expose-headers':
        'x-request-id, retry-after, retry-after-ms, x-ratelimit-remaining-requests, location',
    };
    if (req.method === 'OPTIONS') {
      preflights.push(`${req.headers['access-control-request-method']} ${req.url}`);
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '',
        'access-control-max-age': '0',
      });
      res.end();
      return;
    }
    const upstream = forward(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, { ...reply.headers, ...cors });
        reply.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  const url = await listenLocal(server);
  return { url, preflights, close: () => closeServer(server) };
}
