import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './free-port.js';

/** The worker may reach loopback, where the test server listens; workerd's default outbound refuses it. */
function workerdConfig(port: number): string {
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .smokeWorker),
    (name = "loopback", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const smokeWorker :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed "worker.js")],
  compatibilityDate = "2025-09-01",
  globalOutbound = "loopback",
);
`;
}

/** Serves an ES module worker with workerd, fetches `/` once and returns the response body's JSON. */
export async function runInWorkerd(bin: string, workerCode: string, timeoutMs = 30_000): Promise<unknown> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'workerd-'));
  const port = await freePort();
  writeFileSync(path.join(dir, 'worker.js'), workerCode);
  writeFileSync(path.join(dir, 'config.capnp'), workerdConfig(port));
  const child = spawn(bin, ['serve', 'config.capnp'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`workerd exited ${child.exitCode}:\n${output}`);
      let response: Response;
      try {
        response = await fetch(`http://127.0.0.1:${port}/`);
      } catch (error) {
        // not listening yet
        if (Date.now() > deadline) throw new Error(`workerd did not answer: ${String(error)}\n${output}`);
        await sleep(100);
        continue;
      }
      const text = await response.text();
      try {
        return JSON.parse(text);
      } catch {
        throw new Error(`workerd answered ${response.status}: ${text}\n${output}`);
      }
    }
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
