import { describe, expect, it } from 'vitest';
import { csvRecord } from './csv-record.js';

describe('csvRecord', () => {
  it('quotes what RFC 4180 asks, doubling quotes, and ends in CRLF', () => {
    expect(csvRecord(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', ''])).toBe(
      'plain,"a,b","say ""hi""","two\nlines","cr\rhere",\r\n',
    );
  });

  it('writes text a spreadsheet would run as a formula as text, and negative numbers as numbers', () => {
    expect(csvRecord(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx', -2.5])).toBe(
      `"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1),'\tx,-2.5\r\n`,
    );
  });

  it('writes numbers in plain decimals to 10 places, and nothing for null, undefined or non-finite', () => {
    expect(csvRecord([1e-7, 0.1 + 0.2, 1234567.5, 100, -1e-12, null, undefined, Number.NaN])).toBe(
      '0.0000001,0.3,1234567.5,100,0,,,\r\n',
    );
  });
});
