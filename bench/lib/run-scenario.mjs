// Runs one scenario in a fresh Node process and returns the JSON it reports.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export function runScenario(scenario, args, { nodeArgs = [] } = {}) {
  const script = fileURLToPath(new URL(`../scenarios/${scenario}.mjs`, import.meta.url));
  const argv = Object.entries(args).map(([key, value]) => `--${key}=${value}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, script, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text) => {
      stdout += text;
    });
    child.stderr.setEncoding('utf8').on('data', (text) => {
      stderr += text;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`${scenario} (${args.client}) exited ${code}:\n${stderr}`));
        return;
      }
      resolve(JSON.parse(stdout.trim().split('\n').pop()));
    });
  });
}
