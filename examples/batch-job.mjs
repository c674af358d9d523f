// A batch job end to end: typed chat requests checked and written as JSONL, uploaded, run as a batch, waited for, and
// read back as results joined to their requests, a failed one included. A bad batch is refused before any request.
// Run: node examples/batch-job.mjs (set OPENAI_API_KEY to call the real API: a real batch may take up to 24 hours,
// so this waits BATCH_WAIT_MS, 2 minutes by default, then cancels it and reads what ran).
import { pathToFileURL } from 'node:url';
import { BatchInputError, buildBatchInput, cancelBatchAndPoll, readBatchResults, runBatch } from '@org/batches';
import { isErrorKind } from '@org/core';
import { localCompletion } from './chat-local-replies.mjs';
import { runStandalone } from './run-standalone.mjs';

const capitals = { France: 'Paris', Italy: 'Rome', Japan: 'Tokyo' };

/**
 * What the local server answers when there is no API key: it keeps the uploaded JSONL, moves the batch through its
 * statuses (asking the client to check again in 150 ms), and answers each line, refusing a country it does not know.
 */
export function scriptReplies(server) {
  let input = [];
  server.on('POST', '/files', (request) => {
    const file = request.parts.find((part) => part.name === 'file');
    input = file
      .text()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    return { json: { id: 'file-input', object: 'file', bytes: file.size, filename: file.filename, purpose: 'batch' } };
  });
  const batch = (status, fields = {}) => ({
    id: 'batch_local',
    object: 'batch',
    endpoint: '/v1/chat/completions',
    input_file_id: 'file-input',
    completion_window: '24h',
    status,
    created_at: Math.floor(Date.now() / 1000),
    ...fields,
  });
  server.on('POST', '/batches', { json: batch('validating') });
  const later = (status) => ({ json: batch(status), headers: { 'openai-poll-after-ms': '150' } });
  const answered = () => {
    const failed = input.filter((line) => !capitals[countryOf(line)]).length;
    const request_counts = { total: input.length, completed: input.length - failed, failed };
    return {
      json: batch('completed', { output_file_id: 'file-output', error_file_id: 'file-errors', request_counts }),
    };
  };
  server.on('GET', '/batches/{id}', later('validating'), later('in_progress'), later('finalizing'), answered());
  const lines = (known) =>
    input
      .filter((line) => Boolean(capitals[countryOf(line)]) === known)
      .map((line, index) => {
        const capital = capitals[countryOf(line)];
        const reply = capital
          ? { status_code: 200, body: localCompletion({ content: capital }) }
          : { status_code: 400, body: { error: { code: 'unknown_country', message: 'No such country on record.' } } };
        return `${JSON.stringify({ id: `batch_req_${index}`, custom_id: line.custom_id, response: { ...reply, request_id: `req_${index}` }, error: null })}\n`;
      })
      .join('');
  server.on('GET', '/files/file-output/content', () => ({ body: lines(true) }));
  server.on('GET', '/files/file-errors/content', () => ({ body: lines(false) }));
}

function countryOf(line) {
  return line.body.messages[0].content.match(/capital of (\w+)/)?.[1];
}

const question = (country, model) => ({
  custom_id: `capital-${country.toLowerCase()}`,
  body: {
    model,
    messages: [{ role: 'user', content: `What is the capital of ${country}? Answer with the city only.` }],
    max_completion_tokens: 20,
  },
});

export async function run({ client, log = console.log, model = 'gpt-4o-mini' }) {
  const requests = ['France', 'Italy', 'Japan', 'Atlantis'].map((country) => question(country, model));

  try {
    buildBatchInput({ endpoint: '/v1/chat/completions', requests: [...requests, requests[0]] });
  } catch (error) {
    if (!(error instanceof BatchInputError)) throw error;
    log(`Refused before sending anything (${error.problem}): ${error.message}`);
  }

  const live = Boolean(process.env.OPENAI_API_KEY);
  const options = {
    pollIntervalMs: live ? 15_000 : 1_000,
    pollTimeoutMs: Number(process.env.BATCH_WAIT_MS ?? 120_000),
    onCreated: (batch) => log(`Batch ${batch.id} created (${batch.status}) with ${requests.length} requests.`),
  };
  try {
    const { batch, results } = await runBatch(client, { endpoint: '/v1/chat/completions', requests }, options);
    log(`Batch ${batch.status}. Results, joined to their questions:`);
    await report(results, log);
    return batch;
  } catch (error) {
    if (isErrorKind(error, 'JobTimeoutError')) {
      log(`Still ${error.job.status} after ${error.timeoutMs} ms: cancelling it, and reading what ran.`);
      const stopped = await cancelBatchAndPoll(client, error.job.id, { pollIntervalMs: options.pollIntervalMs });
      await report(readBatchResults(client, stopped, { requests }), log);
      return stopped;
    }
    if (!isErrorKind(error, 'BatchFailedError') || error.status === 'failed') throw error;
    log(`${error.message} What it did run:`);
    await report(readBatchResults(client, error.batch, { requests }), log);
    return error.batch;
  }
}

async function report(results, log) {
  for await (const result of results) {
    const question = result.request?.body.messages[0].content;
    if (result.status === 'succeeded') log(`  ${question} → ${result.body.choices[0].message.content}`);
    else if (result.status === 'failed') log(`  ${question} → failed: ${result.error.message}`);
    else log(`  ${question} → never ran`);
  }
  const { succeeded, failed, missing } = await results.counts();
  log(`${succeeded} succeeded, ${failed} failed, ${missing} never ran.`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runStandalone({ run, scriptReplies });
