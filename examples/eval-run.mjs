// An eval run end to end: an eval with two graders (the exact capital, or the capital anywhere in the answer), a run
// of a model over a few questions waited for with its counts as progress, then its pass rates overall and per
// grader, the items that failed, and mean scores from every output item across pages. The eval is deleted after.
// Run: node examples/eval-run.mjs (set OPENAI_API_KEY to call the real API: a run makes one small completion per
// question and usually ends in a minute; this waits EVAL_WAIT_MS, 5 minutes by default, then cancels it).
import { pathToFileURL } from 'node:url';
import { isErrorKind } from '@org/core';
import {
  cancelEvalRun,
  createEval,
  createEvalRunAndPoll,
  deleteEval,
  listEvalRunOutputItems,
  summarizeEvalOutputItems,
  summarizeEvalRun,
} from '@org/evals';
import { runStandalone } from './run-standalone.mjs';

const questions = [
  { country: 'France', capital: 'Paris' },
  { country: 'Australia', capital: 'Canberra' },
  { country: 'Japan', capital: 'Tokyo' },
  { country: 'Switzerland', capital: 'Bern' },
  { country: 'Canada', capital: 'Ottawa' },
];

const graders = [
  { name: 'Exact capital', operation: 'eq' },
  { name: 'Capital mentioned', operation: 'ilike' },
];

/** What the local model answers: right, right but wordy, or wrong. */
const localAnswers = {
  France: 'Paris',
  Australia: 'Canberra, not Sydney.',
  Japan: 'Tokyo',
  Switzerland: 'Zurich',
  Canada: 'Ottawa',
};

/**
 * What the local server answers when there is no API key: it keeps the eval and the run's questions, grades each
 * answer with the eval's string checks as the API would, moves the run from queued to completed (asking the client to
 * check again in 100 ms), and serves the output items two a page.
 */
export function scriptReplies(server) {
  let evaluation;
  let items = [];
  let runBody;
  server.on('POST', '/evals', (request) => {
    evaluation = { object: 'eval', id: 'eval_local', created_at: 1_700_000_000, metadata: {}, ...request.json() };
    return { json: evaluation };
  });
  server.on('DELETE', '/evals/{id}', () => ({
    json: { object: 'eval.deleted', deleted: true, eval_id: evaluation.id },
  }));
  const grade = (criterion, answer, capital) =>
    criterion.operation === 'eq' ? answer === capital : answer.toLowerCase().includes(capital.toLowerCase());
  const criterionName = (criterion, index) => `${criterion.name}-${index + 1}`;
  server.on('POST', '/evals/{id}/runs', (request) => {
    runBody = request.json();
    items = runBody.data_source.source.content.map(({ item }, index) => {
      const answer = localAnswers[item.country] ?? 'I do not know.';
      const results = evaluation.testing_criteria.map((criterion, number) => {
        const passed = grade(criterion, answer, item.capital);
        return { name: criterionName(criterion, number), type: 'string_check', passed, score: passed ? 1 : 0 };
      });
      return {
        object: 'eval.run.output_item',
        id: `outputitem_${index + 1}`,
        run_id: 'evalrun_local',
        eval_id: evaluation.id,
        created_at: 1_700_000_000,
        status: results.every((result) => result.passed) ? 'pass' : 'fail',
        datasource_item_id: index,
        datasource_item: item,
        results,
        sample: { input: [], output: [{ role: 'assistant', content: answer }], model: runBody.data_source.model },
      };
    });
    return { json: runIn('queued') };
  });
  const runIn = (status, graded = 0) => {
    const done = items.slice(0, graded);
    const passed = done.filter((item) => item.status === 'pass').length;
    return {
      object: 'eval.run',
      id: 'evalrun_local',
      eval_id: evaluation.id,
      status,
      model: runBody.data_source.model,
      name: runBody.name,
      created_at: 1_700_000_000,
      report_url: 'https://platform.openai.com/evaluations/eval_local?run_id=evalrun_local',
      result_counts: { total: done.length, errored: 0, failed: done.length - passed, passed },
      per_model_usage: [],
      per_testing_criteria_results: evaluation.testing_criteria.map((criterion, number) => {
        const results = done.map((item) => item.results[number]);
        const passing = results.filter((result) => result.passed).length;
        return {
          testing_criteria: criterionName(criterion, number),
          passed: passing,
          failed: results.length - passing,
        };
      }),
      data_source: runBody.data_source,
      metadata: {},
      error: null,
    };
  };
  const later = (status, graded) => () => ({ json: runIn(status, graded), headers: { 'openai-poll-after-ms': '100' } });
  server.on('GET', '/evals/{id}/runs/{run_id}', later('queued', 0), later('in_progress', 2), () => ({
    json: runIn('completed', items.length),
  }));
  server.on('GET', '/evals/{id}/runs/{run_id}/output_items', (request) => {
    const status = request.query.get('status');
    const listed = status ? items.filter((item) => item.status === status) : items;
    const after = request.query.get('after');
    const from = after ? listed.findIndex((item) => item.id === after) + 1 : 0;
    const data = listed.slice(from, from + 2);
    return {
      json: {
        object: 'list',
        data,
        first_id: data[0]?.id,
        last_id: data.at(-1)?.id,
        has_more: from + 2 < listed.length,
      },
    };
  });
}

const percent = (rate) => (rate === null ? 'n/a' : `${Math.round(rate * 100)} %`);

export async function run({ client, log = console.log, model = 'gpt-4o-mini' }) {
  const live = Boolean(process.env.OPENAI_API_KEY);
  const evaluation = await createEval(client, {
    name: 'Capitals',
    data_source_config: {
      type: 'custom',
      item_schema: {
        type: 'object',
        properties: { country: { type: 'string' }, capital: { type: 'string' } },
        required: ['country', 'capital'],
      },
      include_sample_schema: true,
    },
    testing_criteria: graders.map(({ name, operation }) => ({
      type: 'string_check',
      name,
      input: '{{sample.output_text}}',
      reference: '{{item.capital}}',
      operation,
    })),
  });
  log(`Eval ${evaluation.id} created with ${evaluation.testing_criteria.length} graders.`);
  try {
    const body = {
      name: `${model}, terse`,
      data_source: {
        type: 'completions',
        model,
        input_messages: {
          type: 'template',
          template: [
            { role: 'developer', content: 'Answer with the city only.' },
            { role: 'user', content: 'What is the capital of {{item.country}}?' },
          ],
        },
        sampling_params: { max_completion_tokens: 20 },
        source: { type: 'file_content', content: questions.map((item) => ({ item })) },
      },
    };
    let finished;
    try {
      finished = await createEvalRunAndPoll(client, evaluation.id, body, {
        pollIntervalMs: live ? 5_000 : 1_000,
        pollTimeoutMs: Number(process.env.EVAL_WAIT_MS ?? 300_000),
        onCreated: (run) => log(`Run ${run.id} created (${run.status}) over ${questions.length} questions.`),
        onProgress: ({ status, result_counts: counts }) =>
          log(`  ${status}: ${counts.total} graded, ${counts.passed} passed`),
      });
    } catch (error) {
      if (!isErrorKind(error, 'JobTimeoutError')) throw error;
      log(`Still ${error.job.status} after ${error.timeoutMs} ms: cancelling it.`);
      return await cancelEvalRun(client, evaluation.id, error.job.id);
    }

    const summary = summarizeEvalRun(finished);
    log(`Run ${finished.status}: ${summary.passed} of ${summary.total} passed (${percent(summary.passRate)}).`);
    for (const criterion of summary.criteria) {
      log(
        `  ${criterion.name}: ${criterion.passed} passed, ${criterion.failed} failed (${percent(criterion.passRate)})`,
      );
    }
    log('Failed:');
    for await (const item of listEvalRunOutputItems(client, evaluation.id, finished.id, { status: 'fail' })) {
      log(`  ${item.datasource_item.country}: answered ${JSON.stringify(item.sample.output[0]?.content ?? '')}`);
    }
    const fromItems = await summarizeEvalOutputItems(listEvalRunOutputItems(client, evaluation.id, finished.id));
    log(`Mean scores over ${fromItems.total} output items:`);
    for (const criterion of fromItems.criteria) log(`  ${criterion.name}: ${criterion.meanScore?.toFixed(2) ?? 'n/a'}`);
    return finished;
  } finally {
    await deleteEval(client, evaluation.id);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runStandalone({ run, scriptReplies });
