import { type Client, createClient, InvalidInputError, OutputParseError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseFineTuningMetrics } from './parse-fine-tuning-metrics.js';
import { readFineTuningMetrics } from './read-fine-tuning-metrics.js';
import { fakeJob } from './test-support/fine-tuning-api.js';

const server = useTestServer();
let client: Client;
beforeEach(() => {
  client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
});

const csv = [
  'step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy',
  '1,1.52,0.41,,',
  '2,1.10,0.55,1.31,0.48',
  '3,0.87,0.63,,',
  '',
].join('\n');

const rows = [
  { step: 1, train_loss: 1.52, train_accuracy: 0.41 },
  { step: 2, train_loss: 1.1, train_accuracy: 0.55, valid_loss: 1.31, valid_mean_token_accuracy: 0.48 },
  { step: 3, train_loss: 0.87, train_accuracy: 0.63 },
];

describe('readFineTuningMetrics', () => {
  it("downloads the job's result file and parses each step into numbers, an unmeasured metric left out", async () => {
    server.on('GET', '/files/{id}/content', { body: csv, headers: { 'content-type': 'text/csv' }, chunkSize: 16 });
    const job = fakeJob('succeeded', { result_files: ['file-metrics'] });
    const metrics = await readFineTuningMetrics(client, job, { headers: { 'x-run': 'r1' } });
    expect(metrics).toEqual(rows);
    expect(metrics[1]?.valid_loss).toBeTypeOf('number');
    expect(server.requests.map((request) => [request.routePath, request.headers['x-run']])).toEqual([
      ['/files/file-metrics/content', 'r1'],
    ]);
  });

  it('takes the job id, retrieves the job, and reads a file served base64-encoded', async () => {
    server.on('GET', '/fine_tuning/jobs/{id}', { json: fakeJob('succeeded', { result_files: ['file-metrics'] }) });
    server.on('GET', '/files/{id}/content', { body: btoa(csv).replace(/(.{60})/g, '$1\n') });
    expect(await readFineTuningMetrics(client, 'ftjob-1')).toEqual(rows);
    expect(server.requests.map((request) => request.routePath)).toEqual([
      '/fine_tuning/jobs/ftjob-1',
      '/files/file-metrics/content',
    ]);
  });

  it('refuses a job with no result file yet, before any download', async () => {
    const error = await readFineTuningMetrics(client, fakeJob('running')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toBe(
      'Invalid `job`: the fine-tuning job ftjob-1 has no result file yet (it is running): its metrics are written when it ends',
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe('parseFineTuningMetrics', () => {
  it('takes CRLF lines, quoted cells, extra columns, and nan as Python writes it', () => {
    const text = '"step","train_loss","custom_metric"\r\n"10","nan","3"\r\n11,0.5,-inf\r\n';
    expect(parseFineTuningMetrics(text)).toEqual([
      { step: 10, train_loss: Number.NaN, custom_metric: 3 },
      { step: 11, train_loss: 0.5, custom_metric: Number.NEGATIVE_INFINITY },
    ]);
  });

  it.each([
    ['loss,accuracy\n0.1,0.2\n', 'file-1 is not a metrics CSV: its header has no step column.'],
    ['step,train_loss\n1,0.5\n2\n', 'Line 3 of file-1 has 1 cells where the header has 2.'],
    ['step,train_loss\n1,0.5\n2,low\n', 'Line 3 of file-1: train_loss is not a number (low).'],
    ['step,train_loss\n,0.5\n', 'Line 2 of file-1 has no step.'],
  ])('refuses %j with an OutputParseError naming the line and column', (text, message) => {
    let error: unknown;
    try {
      parseFineTuningMetrics(text, 'file-1');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OutputParseError);
    expect(error).toMatchObject({ message, text });
  });

  it('reads an empty file (a header, no step yet) as no rows', () => {
    expect(parseFineTuningMetrics('step,train_loss\n')).toEqual([]);
  });
});
