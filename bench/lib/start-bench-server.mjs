// Starts bench/server.mjs in its own process; resolves once it listens.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export function startBenchServer() {
  const script = fileURLToPath(new URL('../server.mjs', import.meta.url));
  const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.stdout.setEncoding('utf8').once('data', (line) => {
      const { port } = JSON.parse(line);
      resolve({ baseURL: `http://127.0.0.1:${port}/v1`, stop: () => child.kill() });
    });
  });
}
