import type { RecordedRequest, TestServer } from '@org/testing';
import type { FineTuningJob, FineTuningJobEvent } from '../generated/types.js';

/** A fine-tuning job as the API sends it, in `status`. */
export function fakeJob(status: FineTuningJob['status'], fields: Partial<FineTuningJob> = {}): FineTuningJob {
  return {
    id: 'ftjob-1',
    object: 'fine_tuning.job',
    created_at: 1_700_000_000,
    error: null,
    fine_tuned_model: null,
    finished_at: null,
    hyperparameters: { n_epochs: 3 },
    model: 'gpt-4o-mini-2024-07-18',
    organization_id: 'org-1',
    result_files: [],
    status,
    trained_tokens: null,
    training_file: 'file-train',
    validation_file: null,
    seed: 7,
    ...fields,
  };
}

/** The `n`th event a job logs. */
export function fakeEvent(n: number, message = `Step ${n}/9: training loss=${(1 / n).toFixed(2)}`): FineTuningJobEvent {
  return {
    object: 'fine_tuning.job.event',
    id: `ftevent-${n}`,
    created_at: 1_700_000_000 + n,
    level: 'info',
    message,
    type: 'message',
  };
}

/**
 * `GET /fine_tuning/jobs/ftjob-1/events` as the API answers it: the events logged so far (`logged()`), newest first,
 * `limit` a page (20 by default), `after` an event id to list the ones older than it.
 */
export function serveJobEvents(server: TestServer, logged: () => FineTuningJobEvent[]): void {
  server.on('GET', '/fine_tuning/jobs/{id}/events', (request: RecordedRequest) => {
    const newestFirst = [...logged()].reverse();
    const after = request.query.get('after');
    const from = after === null ? 0 : newestFirst.findIndex((event) => event.id === after) + 1;
    const limit = Number(request.query.get('limit') ?? 20);
    const data = newestFirst.slice(from, from + limit);
    return { json: { object: 'list', data, has_more: from + limit < newestFirst.length } };
  });
}
