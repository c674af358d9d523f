import type { RecordedRequest, TestServer } from '@org/testing';
import type { EvalRun, EvalRunOutputItem } from '../generated/types.js';

/** An eval run as the API sends it, in `status`. */
export function fakeRun(status: string, fields: Partial<EvalRun> = {}): EvalRun {
  return {
    object: 'eval.run',
    id: 'evalrun_1',
    eval_id: 'eval_1',
    status,
    model: 'gpt-4o-mini',
    name: 'capitals',
    created_at: 1_700_000_000,
    report_url: 'https://platform.openai.com/evaluations/eval_1?run_id=evalrun_1',
    result_counts: { total: 0, errored: 0, failed: 0, passed: 0 },
    per_model_usage: [],
    per_testing_criteria_results: [],
    data_source: { type: 'jsonl', source: { type: 'file_id', id: 'file-data' } },
    metadata: {},
    error: null as unknown as EvalRun['error'],
    ...fields,
  };
}

/** A grader's result on an item. */
export interface FakeResult {
  name: string;
  passed: boolean;
  score: number;
}

/** The `n`th output item of the run, in `status`, with its graders' results. */
export function fakeOutputItem(n: number, status: string, results: FakeResult[]): EvalRunOutputItem {
  return {
    object: 'eval.run.output_item',
    id: `outputitem_${n}`,
    run_id: 'evalrun_1',
    eval_id: 'eval_1',
    created_at: 1_700_000_000 + n,
    status,
    datasource_item_id: n,
    datasource_item: { question: `q${n}` },
    results: results.map((result) => ({ type: 'string_check', sample: null, ...result })),
    sample: {
      input: [{ role: 'user', content: `q${n}` }],
      output: [{ role: 'assistant', content: `a${n}` }],
      finish_reason: 'stop',
      model: 'gpt-4o-mini',
      usage: { total_tokens: 12, completion_tokens: 2, prompt_tokens: 10, cached_tokens: 0 },
      error: null as unknown as EvalRunOutputItem['sample']['error'],
      temperature: 1,
      max_completion_tokens: 50,
      top_p: 1,
      seed: 1,
    },
  };
}

/** `GET /evals/eval_1/runs/evalrun_1/output_items` as the API pages it: `limit` a page, after the `after` item. */
export function serveOutputItems(server: TestServer, items: EvalRunOutputItem[]): void {
  server.on('GET', '/evals/{eval_id}/runs/{run_id}/output_items', (request: RecordedRequest) => {
    const after = request.query.get('after');
    const status = request.query.get('status');
    const listed = status === null ? items : items.filter((item) => item.status === status);
    const from = after === null ? 0 : listed.findIndex((item) => item.id === after) + 1;
    const limit = Number(request.query.get('limit') ?? 20);
    const data = listed.slice(from, from + limit);
    const hasMore = from + limit < listed.length;
    return { json: { object: 'list', data, first_id: data[0]?.id, last_id: data.at(-1)?.id, has_more: hasMore } };
  });
}
