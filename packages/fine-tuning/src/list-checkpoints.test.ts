import { createClient } from '@org/core';
import type { RecordedRequest } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { listFineTuningJobCheckpoints } from './generated/functions/list-fine-tuning-job-checkpoints.js';
import type { FineTuningJobCheckpoint } from './generated/types.js';

const server = useTestServer();

const checkpoint = (step: number): FineTuningJobCheckpoint => ({
  id: `ftckpt_${step}`,
  object: 'fine_tuning.job.checkpoint',
  created_at: 1_700_000_000 + step,
  fine_tuned_model_checkpoint: `ft:gpt-4o-mini-2024-07-18:org::ftjob-1:ckpt-step-${step}`,
  fine_tuning_job_id: 'ftjob-1',
  step_number: step,
  metrics: { step, train_loss: 1 / step, valid_loss: 1.2 / step },
});

const all = [30, 20, 10, 5, 1].map(checkpoint);

/** Two checkpoints a page, newest first, as the API pages them. */
function serveCheckpoints() {
  server.on('GET', '/fine_tuning/jobs/{id}/checkpoints', (request: RecordedRequest) => {
    const after = request.query.get('after');
    const from = after === null ? 0 : all.findIndex((item) => item.id === after) + 1;
    const data = all.slice(from, from + 2);
    const more = from + 2 < all.length;
    return { json: { object: 'list', data, first_id: data[0]?.id, last_id: data.at(-1)?.id, has_more: more } };
  });
}

describe('listFineTuningJobCheckpoints', () => {
  it("iterates a job's checkpoints across pages, newest first, each page asked after the last one's last_id", async () => {
    serveCheckpoints();
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
    const steps: number[] = [];
    for await (const item of listFineTuningJobCheckpoints(client, 'ftjob-1', { limit: 2 })) {
      steps.push(item.step_number);
      expect(item.metrics.train_loss).toBeCloseTo(1 / item.step_number);
    }
    expect(steps).toEqual([30, 20, 10, 5, 1]);
    expect(server.requests.map((request) => request.query.get('after'))).toEqual([null, 'ftckpt_20', 'ftckpt_5']);
    expect(server.requests.every((request) => request.query.get('limit') === '2')).toBe(true);

    server.reset();
    serveCheckpoints();
    const first = await listFineTuningJobCheckpoints(client, 'ftjob-1', { limit: 2 });
    const pages: number[][] = [];
    for await (const page of first.pages()) pages.push(page.data.map((item) => item.step_number));
    expect(pages).toEqual([[30, 20], [10, 5], [1]]);
  });
});
