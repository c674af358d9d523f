import { InvalidInputError } from '@org/core';
import { describe, expect, it } from 'vitest';
import { calendarMonth } from './calendar-month.js';

describe('calendarMonth', () => {
  it('spans a month in UTC, from a YYYY-MM or a Date in it', () => {
    expect(calendarMonth('2026-11')).toEqual({
      start_time: new Date('2026-11-01T00:00:00Z'),
      end_time: new Date('2026-12-01T00:00:00Z'),
    });
    expect(calendarMonth(new Date('2026-12-31T23:59:59Z'))).toEqual({
      start_time: new Date('2026-12-01T00:00:00Z'),
      end_time: new Date('2027-01-01T00:00:00Z'),
    });
  });

  it('refuses anything else, naming month', () => {
    for (const month of ['2026-13', '2026-1', 'November', new Date('nope')]) {
      expect(() => calendarMonth(month)).toThrow(InvalidInputError);
      expect(() => calendarMonth(month)).toThrow(/`month`/);
    }
  });
});
