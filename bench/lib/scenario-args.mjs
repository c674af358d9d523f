// The arguments every scenario process takes: --client=NAME --url=BASE_URL, plus numeric --key=value pairs.
import { parseArgs } from 'node:util';

export function scenarioArgs() {
  const { values } = parseArgs({ strict: false });
  const { client, url, ...rest } = values;
  if (typeof client !== 'string' || typeof url !== 'string') throw new Error('usage: --client=NAME --url=BASE_URL');
  return { client, url, numbers: Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, Number(value)])) };
}

/** Prints a scenario's result as the one JSON line the runner reads. */
export function report(result) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
