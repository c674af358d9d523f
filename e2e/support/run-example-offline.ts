import type { Client } from '@org/core';
import type { TestServer } from '@org/testing';

/** What every example module exports: its scripted local replies, and its run as the demo tour calls it. */
export interface Example {
  scriptReplies(server: TestServer): void;
  run(context: { client: Client; log: (line: string) => void }): Promise<unknown>;
}

/** Runs an example as `pnpm demo` does offline: its replies scripted on `server`, its log lines collected. */
export async function runExampleOffline(server: TestServer, example: Example, client: Client): Promise<string[]> {
  example.scriptReplies(server);
  const lines: string[] = [];
  await example.run({ client, log: (line) => lines.push(line) });
  return lines;
}
