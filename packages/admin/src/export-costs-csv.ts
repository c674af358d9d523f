import type { Client } from '@org/core';
import { type CostsCsvOptions, type CostsCsvQuery, streamCostsCsv } from './stream-costs-csv.js';

/**
 * The costs of a period as one CSV text (`streamCostsCsv`, joined): by default last month's (UTC) costs per project,
 * with each project's name. `exportCostsCsv(admin, { month: '2026-11', group_by: ['project_id', 'line_item'] })`.
 */
export async function exportCostsCsv(
  client: Client,
  query?: CostsCsvQuery,
  options?: CostsCsvOptions,
): Promise<string> {
  let csv = '';
  for await (const record of streamCostsCsv(client, query, options)) csv += record;
  return csv;
}
