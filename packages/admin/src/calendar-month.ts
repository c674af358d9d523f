import { InvalidInputError } from '@org/core';

/** A period from `start_time` (inclusive) to `end_time` (exclusive). */
export interface TimeRange {
  start_time: Date;
  end_time: Date;
}

/**
 * A calendar month in UTC, the days the API's daily buckets cover: `'2026-11'`, or the month a `Date` falls in.
 * Spread it into a usage or costs query: `sumCosts(admin, { ...calendarMonth('2026-11'), group_by: ['project_id'] })`.
 */
export function calendarMonth(month: string | Date): TimeRange {
  let year: number;
  let index: number;
  if (month instanceof Date && !Number.isNaN(month.getTime())) {
    year = month.getUTCFullYear();
    index = month.getUTCMonth();
  } else {
    const match = typeof month === 'string' ? /^(\d{4})-(\d{2})$/.exec(month) : null;
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) {
      throw new InvalidInputError('month', "expected 'YYYY-MM' or a valid Date");
    }
    year = Number(match[1]);
    index = Number(match[2]) - 1;
  }
  return { start_time: new Date(Date.UTC(year, index, 1)), end_time: new Date(Date.UTC(year, index + 1, 1)) };
}
