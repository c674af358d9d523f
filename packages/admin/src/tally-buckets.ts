/** What a period's buckets add up to: in all, and per group of the `group_by` fields. */
export interface Tally<Totals, Group> {
  /** How many buckets were read, every page's. */
  buckets: number;
  /** The first bucket's start and the last one's end, in Unix seconds: the period the API covered; null without buckets. */
  start_time: number | null;
  end_time: number | null;
  total: Totals;
  /** One per distinct value of the `group_by` fields, in the order they first came; none without `group_by`. */
  groups: Array<Group & Totals>;
}

/** Reads every bucket and adds each result, with `add`, to the total and to its group's total. */
export async function tallyBuckets<Result, Totals extends object, Group>(
  buckets: AsyncIterable<{ start_time: number; end_time: number; results: Result[] }>,
  groupBy: readonly string[],
  start: () => Totals,
  add: (totals: Totals, result: Result) => void,
): Promise<Tally<Totals, Group>> {
  const tally: Tally<Totals, Group> = { buckets: 0, start_time: null, end_time: null, total: start(), groups: [] };
  const groups = new Map<string, Group & Totals>();
  for await (const bucket of buckets) {
    tally.buckets += 1;
    tally.start_time = Math.min(tally.start_time ?? bucket.start_time, bucket.start_time);
    tally.end_time = Math.max(tally.end_time ?? bucket.end_time, bucket.end_time);
    for (const result of bucket.results) {
      add(tally.total, result);
      if (groupBy.length === 0) continue;
      const values = groupBy.map((field) => (result as Record<string, unknown>)[field] ?? null);
      const key = JSON.stringify(values);
      let group = groups.get(key);
      if (group === undefined) {
        const fields = Object.fromEntries(groupBy.map((field, index) => [field, values[index]]));
        group = { ...fields, ...start() } as Group & Totals;
        groups.set(key, group);
        tally.groups.push(group);
      }
      add(group, result);
    }
  }
  return tally;
}
