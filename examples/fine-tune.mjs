// Fine-tuning from a JSONL file: the file uploaded and processed, a job created and waited for with its events
// printed as they are logged, then its checkpoints and its metrics file as a table of numbers.
// Run: node examples/fine-tune.mjs [training.jsonl] (without a file, ten sample conversations are written to a
// temporary one). Set OPENAI_API_KEY to call the real API: a job is billed by the token and takes minutes to hours, so
// this waits FINE_TUNE_WAIT_MS, 10 minutes by default, then cancels it. FINE_TUNE_MODEL picks the base model.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isErrorKind } from '@org/core';
import { fileFromPath } from '@org/core/node';
import { uploadFile, waitForFileProcessing } from '@org/files';
import {
  cancelFineTuningJob,
  createFineTuningJobAndPoll,
  listFineTuningJobCheckpoints,
  readFineTuningMetrics,
} from '@org/fine-tuning';
import { runStandalone } from './run-standalone.mjs';

/** The tour runs it offline only: a real job is billed, and outlasts a tour. */
export const offlineOnly = 'a fine-tuning job is billed and takes long; run node examples/fine-tune.mjs for one';

const capitals = {
  France: 'Paris',
  Italy: 'Rome',
  Japan: 'Tokyo',
  Kenya: 'Nairobi',
  Peru: 'Lima',
  Norway: 'Oslo',
  Egypt: 'Cairo',
  Canada: 'Ottawa',
  Chile: 'Santiago',
  Vietnam: 'Hanoi',
};

/** Ten conversations (the API's minimum) teaching a terse style: the capital, and nothing else. */
function sampleTrainingFile() {
  const folder = mkdtempSync(join(tmpdir(), 'fine-tune-'));
  const lines = Object.entries(capitals).map(([country, capital]) => ({
    messages: [
      { role: 'system', content: 'Answer with the city only.' },
      { role: 'user', content: `What is the capital of ${country}?` },
      { role: 'assistant', content: capital },
    ],
  }));
  const path = join(folder, 'capitals.jsonl');
  writeFileSync(path, lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
  return { path, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** What the job logs at each step of the local script: a loss falling, validation every third step. */
const steps = [1, 2, 3, 4, 5, 6].map((step) => ({
  step,
  train_loss: Number((2.1 / step).toFixed(4)),
  train_accuracy: Number((0.4 + step * 0.09).toFixed(4)),
  ...(step % 3 === 0
    ? { valid_loss: Number((2.3 / step).toFixed(4)), valid_mean_token_accuracy: 0.5 + step * 0.07 }
    : {}),
}));

/**
 * What the local server answers when there is no API key: it keeps the uploaded file, moves the job through its
 * statuses (asking the client to check again in 100 ms), logs new events between checks, and serves two checkpoints
 * and the metrics file once the job has succeeded.
 */
export function scriptReplies(server) {
  let training;
  server.on('POST', '/files', (request) => {
    const part = request.parts.find((candidate) => candidate.name === 'file');
    training = { id: 'file-training', object: 'file', bytes: part.size, filename: part.filename, purpose: 'fine-tune' };
    return { json: { ...training, status: 'uploaded' } };
  });
  server.on('GET', '/files/{id}', () => ({ json: { ...training, status: 'processed' } }));

  let body;
  const job = (status, fields = {}) => ({
    id: 'ftjob-local',
    object: 'fine_tuning.job',
    created_at: Math.floor(Date.now() / 1000),
    error: null,
    fine_tuned_model: null,
    finished_at: null,
    hyperparameters: { n_epochs: 3, batch_size: 1, learning_rate_multiplier: 1.8 },
    model: body.model,
    organization_id: 'org-local',
    result_files: [],
    status,
    trained_tokens: null,
    training_file: body.training_file,
    validation_file: null,
    seed: 42,
    ...fields,
  });
  server.on('POST', '/fine_tuning/jobs', (request) => {
    body = request.json();
    return { json: job('validating_files') };
  });

  const message = (text) => ({ text });
  const metrics = (row) => ({
    text: `Step ${row.step}/${steps.length}: training loss=${row.train_loss}`,
    type: 'metrics',
    data: row,
  });
  // The events each check finds logged since the one before (the last once the job, and its model name, exist).
  const timeline = [
    [message(`Validating training file: file-training`)],
    [message('Files validated, moving job to queued state'), message('Fine-tuning job started')],
    [metrics(steps[0]), metrics(steps[1])],
    [metrics(steps[2]), message('Checkpoint created at step 3'), metrics(steps[3])],
    [metrics(steps[4]), metrics(steps[5])],
    () => [message(`New fine-tuned model created: ${suffixed()}`), message('The job has successfully completed')],
  ];
  const statuses = ['validating_files', 'queued', 'running', 'running', 'running', 'succeeded'];
  const logged = [];
  let checks = 0;
  function suffixed() {
    return `ft:${body.model}:org-local:${body.suffix ?? 'custom'}:local1`;
  }
  server.on('GET', '/fine_tuning/jobs/{id}', () => {
    const index = Math.min(checks++, statuses.length - 1);
    const due = timeline[index];
    timeline[index] = [];
    for (const event of typeof due === 'function' ? due() : due) {
      const n = logged.length + 1;
      logged.push({
        object: 'fine_tuning.job.event',
        id: `ftevent-${n}`,
        created_at: Math.floor(Date.now() / 1000),
        level: 'info',
        message: event.text,
        type: event.type ?? 'message',
        ...(event.data ? { data: event.data } : {}),
      });
    }
    if (statuses[index] !== 'succeeded')
      return { json: job(statuses[index]), headers: { 'openai-poll-after-ms': '100' } };
    return {
      json: job('succeeded', {
        fine_tuned_model: suffixed(),
        finished_at: Math.floor(Date.now() / 1000),
        result_files: ['file-metrics'],
        trained_tokens: 1860,
      }),
    };
  });
  // Newest first, 20 a page, `after` an event to list those older than it: as the API pages events.
  server.on('GET', '/fine_tuning/jobs/{id}/events', (request) => {
    const newestFirst = [...logged].reverse();
    const after = request.query.get('after');
    const from = after ? newestFirst.findIndex((event) => event.id === after) + 1 : 0;
    const limit = Number(request.query.get('limit') ?? 20);
    return {
      json: { object: 'list', data: newestFirst.slice(from, from + limit), has_more: from + limit < logged.length },
    };
  });
  const checkpoints = () =>
    [6, 3].map((step) => ({
      object: 'fine_tuning.job.checkpoint',
      id: `ftckpt-${step}`,
      created_at: Math.floor(Date.now() / 1000),
      fine_tuned_model_checkpoint: `${suffixed()}:ckpt-step-${step}`,
      fine_tuning_job_id: 'ftjob-local',
      step_number: step,
      metrics: { ...steps[step - 1], full_valid_loss: steps[step - 1].valid_loss },
    }));
  server.on('GET', '/fine_tuning/jobs/{id}/checkpoints', () => ({
    json: { object: 'list', data: checkpoints(), first_id: 'ftckpt-6', last_id: 'ftckpt-3', has_more: false },
  }));
  const columns = ['step', 'train_loss', 'train_accuracy', 'valid_loss', 'valid_mean_token_accuracy'];
  const csv = [columns.join(','), ...steps.map((row) => columns.map((column) => row[column] ?? '').join(','))];
  server.on('GET', '/files/file-metrics/content', {
    body: `${csv.join('\n')}\n`,
    headers: { 'content-type': 'text/csv' },
  });
}

export async function run({ client, log = console.log, trainingFile = undefined }) {
  const live = Boolean(process.env.OPENAI_API_KEY);
  const sample = trainingFile ? undefined : sampleTrainingFile();
  let file;
  try {
    file = await uploadFile(client, { file: await fileFromPath(trainingFile ?? sample.path), purpose: 'fine-tune' });
  } finally {
    sample?.remove();
  }
  await waitForFileProcessing(client, file.id, { pollIntervalMs: 1_000 });
  log(`Uploaded ${file.filename} as ${file.id} (${file.bytes} bytes), processed.`);

  const options = {
    pollIntervalMs: live ? 15_000 : 1_000,
    pollTimeoutMs: Number(process.env.FINE_TUNE_WAIT_MS ?? 600_000),
    onCreated: (job) => log(`Job ${job.id} created (${job.status}) on ${job.model}.`),
    onEvent: (event) => log(`  [${event.level}] ${event.message}`),
  };
  const body = {
    model: process.env.FINE_TUNE_MODEL ?? 'gpt-4o-mini-2024-07-18',
    training_file: file.id,
    suffix: 'capitals',
  };
  let job;
  try {
    job = await createFineTuningJobAndPoll(client, body, options);
  } catch (error) {
    if (!isErrorKind(error, 'JobTimeoutError')) throw error;
    log(`Still ${error.job.status} after ${error.timeoutMs} ms: cancelling it.`);
    return await cancelFineTuningJob(client, error.job.id);
  }
  log(`Job ${job.status}: ${job.fine_tuned_model} (${job.trained_tokens} tokens trained).`);

  for await (const checkpoint of listFineTuningJobCheckpoints(client, job.id)) {
    log(`Checkpoint at step ${checkpoint.step_number}: ${checkpoint.fine_tuned_model_checkpoint}`);
  }

  const rows = await readFineTuningMetrics(client, job);
  log(`Metrics, ${rows.length} steps${rows.length > 10 ? ' (ten of them)' : ''}:`);
  log('  step  train_loss  valid_loss');
  const shown = rows.length > 10 ? rows.filter((_, index) => index % Math.ceil(rows.length / 10) === 0) : rows;
  for (const row of shown) {
    const cell = (value) => (value === undefined ? '-' : value.toFixed(4)).padStart(10);
    log(`  ${String(row.step).padStart(4)}  ${cell(row.train_loss)}  ${cell(row.valid_loss)}`);
  }
  return job;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runStandalone({ run: (context) => run({ ...context, trainingFile: process.argv[2] }), scriptReplies });
}
