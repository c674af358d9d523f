// Many connections opened and closed in a row must leave nothing behind: no listener on the signal an app shares
// between them, no timer or socket, no heap. Measured in a child process with the garbage collector exposed, against
// this file's server, on the built package (as an app loads it).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { useTestServer } from '@org/testing/vitest';
import { expect, it } from 'vitest';

const server = useTestServer();
const packageDir = fileURLToPath(new URL('..', import.meta.url));

interface CycleReport {
  heapBefore: number;
  heapAfter: number;
  signalListeners: number;
  resources: string[];
  resourcesBefore: string[];
}

function runCycles(baseURL: string, cycles: number): Promise<CycleReport> {
  const script = `
    import { getEventListeners } from 'node:events';
    import { createClient } from '@org/core';
    import { connectRealtime } from '@org/realtime';
    const client = createClient({ apiKey: 'sk-test', baseURL: ${JSON.stringify(baseURL)} });
    // One signal for the whole app, as a server's shutdown signal would be.
    const signal = new AbortController().signal;
    async function cycle() {
      const rt = connectRealtime(client, { model: 'gpt-realtime', signal, reconnect: true });
      rt.on('response.output_text.delta', () => {});
      rt.on('error', () => {});
      await rt.waitFor('session.created');
      const turn = rt.createResponse();
      const update = rt.updateSession({ instructions: 'x' });
      await rt.close();
      await Promise.allSettled([turn.result(), update]);
      if (rt.listenerCount() !== 0) throw new Error('listeners left on a closed connection');
    }
    async function heap() {
      for (let i = 0; i < 5; i++) {
        globalThis.gc();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return process.memoryUsage().heapUsed;
    }
    for (let i = 0; i < 200; i++) await cycle();
    const resourcesBefore = process.getActiveResourcesInfo();
    const heapBefore = await heap();
    for (let i = 0; i < ${cycles}; i++) await cycle();
    const heapAfter = await heap();
    console.log(JSON.stringify({
      heapBefore,
      heapAfter,
      signalListeners: getEventListeners(signal, 'abort').length,
      resourcesBefore,
      resources: process.getActiveResourcesInfo(),
    }));
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
      cwd: packageDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`cycles exited ${code}: ${stderr}`));
      else resolve(JSON.parse(stdout.trim().split('\n').at(-1) as string));
    });
  });
}

it('opens and closes 1,000 connections with no listener, timer, socket or heap growth', async () => {
  server.realtime.on('response.create', [{ stall: true }]);
  const report = await runCycles(server.baseURL, 1000);

  expect(report.signalListeners).toBe(0);
  expect(report.resources).toEqual(report.resourcesBefore);
  // A connection kept alive would hold its socket, turn and listeners: tens of KB each, tens of MB for 1,000.
  expect(report.heapAfter - report.heapBefore).toBeLessThan(2 * 1024 * 1024);
  await server.realtime.waitForOpenSockets(0);
  expect(server.realtime.connections).toHaveLength(1200);
  expect(server.realtime.connections.every((connection) => connection.closeCode === 1000)).toBe(true);
}, 120_000);
