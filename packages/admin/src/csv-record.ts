/** A CSV cell: text, a number, or nothing. */
export type CsvCell = string | number | null | undefined;

// A spreadsheet runs a cell that starts with one of these as a formula; names come from users, so one could.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV record (RFC 4180) ending in CRLF: a cell with a comma, a quote or a line break is quoted, its quotes doubled;
 * text that a spreadsheet would run as a formula gets a leading `'`; numbers are written in plain decimals (no
 * exponent), to 10 places at most.
 */
export function csvRecord(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return decimal(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function decimal(value: number): string {
  if (!Number.isFinite(value)) return '';
  const fixed = value.toFixed(10).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}
