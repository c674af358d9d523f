// Last month's costs per project as CSV, and its completion tokens per model, read with the admin key over every page
// of daily buckets.
// Run: node examples/admin-export-costs.mjs (set OPENAI_ADMIN_KEY to read your organization's; it only reads).
import { pathToFileURL } from 'node:url';
import { calendarMonth, exportCostsCsv, sumUsage } from '@org/admin';
import { bucketsReply, listReply, projects } from './admin-local-replies.mjs';
import { runStandalone } from './run-standalone.mjs';

/** This example calls admin endpoints: it takes a client made with the admin key. */
export const usesAdminKey = true;

/** Last month in the local organization: the web shop spends every day, the data project every seventh, the old bot once. */
export function scriptReplies(server) {
  server.on('GET', '/organization/projects', listReply(projects));
  server.on(
    'GET',
    '/organization/costs',
    bucketsReply((day) => [
      { object: 'organization.costs.result', amount: { value: 1.1, currency: 'usd' }, project_id: 'proj_web' },
      ...(day % 7 === 0
        ? [{ object: 'organization.costs.result', amount: { value: 12.5, currency: 'usd' }, project_id: 'proj_data' }]
        : []),
      ...(day === 3
        ? [{ object: 'organization.costs.result', amount: { value: 0.35, currency: 'usd' }, project_id: 'proj_old' }]
        : []),
    ]),
  );
  server.on(
    'GET',
    '/organization/usage/completions',
    bucketsReply(() => [
      {
        object: 'organization.usage.completions.result',
        input_tokens: 120_000,
        output_tokens: 30_000,
        num_model_requests: 400,
        model: 'gpt-4o-mini',
      },
      {
        object: 'organization.usage.completions.result',
        input_tokens: 8_000,
        output_tokens: 2_500,
        num_model_requests: 20,
        model: 'o3',
      },
    ]),
  );
}

export async function run({ client, log = console.log }) {
  const csv = await exportCostsCsv(client);
  log("Last month's costs per project:");
  for (const line of csv.trimEnd().split('\r\n')) log(`  ${line}`);

  const now = new Date();
  const lastMonth = calendarMonth(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)));
  const usage = await sumUsage(client, 'completions', { ...lastMonth, group_by: ['model'] });
  log(
    `Completions over ${usage.buckets} days: ${usage.total.input_tokens} tokens in, ${usage.total.output_tokens} out.`,
  );
  for (const group of usage.groups) {
    log(`  ${group.model}: ${group.num_model_requests} requests, ${group.input_tokens + group.output_tokens} tokens`);
  }
  return usage;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runStandalone({ run, scriptReplies, usesAdminKey });
}
