import type { Client, RequestOptions } from '@org/core';
import { listFineTuningJobEvents } from './generated/functions/list-fine-tuning-job-events.js';
import type { FineTuningJobEvent } from './generated/types.js';

/**
 * Reads a job's events as they come: each call resolves to the events logged since the last, oldest first, none of
 * them twice. The API lists events newest first, so a call reads pages until one holds an event already seen (all
 * older ones were seen then), and turns what it read around. The first call reads the job's whole history.
 */
export function newJobEvents(
  client: Client,
  jobId: string,
  options: RequestOptions,
): (signal: AbortSignal | undefined) => Promise<FineTuningJobEvent[]> {
  // Every id handed out, so an event is never handed out twice, even if two share a second and the API reorders them.
  const seen = new Set<string>();
  return async (signal) => {
    const fresh: FineTuningJobEvent[] = [];
    const first = await listFineTuningJobEvents(client, jobId, undefined, { ...options, signal });
    pages: for await (const page of first.pages()) {
      for (const event of page.data) {
        if (seen.has(event.id)) break pages;
        fresh.push(event);
      }
    }
    fresh.reverse();
    for (const event of fresh) seen.add(event.id);
    return fresh;
  };
}
