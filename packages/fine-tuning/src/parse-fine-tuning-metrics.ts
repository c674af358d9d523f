import { OutputParseError } from '@org/core';
import { decodeBase64 } from '@org/core/internal';
import type { FineTuningMetricsRow } from './fine-tuning-metrics-row.js';

const base64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Parses the text of a fine-tuning metrics file: a CSV whose header names the columns (`step`, `train_loss`, …) and
 * whose lines hold numbers, an empty cell for a metric not measured at that step. The file may come base64-encoded, as
 * the API has served it: it is decoded first. A file that is neither, a line with the wrong number of cells, or a cell
 * that is not a number is an `OutputParseError` naming the line and column, with the text as `text`.
 */
export function parseFineTuningMetrics(text: string, fileName = 'the metrics file'): FineTuningMetricsRow[] {
  const csv = decodedIfBase64(text);
  const lines = csv.split(/\r?\n/);
  const headerAt = lines.findIndex((line) => line.trim() !== '');
  const columns = (lines[headerAt] ?? '').split(',').map(unquoted);
  if (!columns.includes('step')) {
    throw new OutputParseError(`${fileName} is not a metrics CSV: its header has no step column.`, text);
  }
  const rows: FineTuningMetricsRow[] = [];
  for (let index = headerAt + 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    const cells = line.split(',');
    const where = `Line ${index + 1} of ${fileName}`;
    if (cells.length !== columns.length) {
      throw new OutputParseError(`${where} has ${cells.length} cells where the header has ${columns.length}.`, text);
    }
    const row: Record<string, number> = {};
    cells.forEach((cell, column) => {
      const value = unquoted(cell);
      if (value === '') return;
      const number = numberOf(value);
      if (number === undefined) {
        throw new OutputParseError(`${where}: ${columns[column]} is not a number (${value.slice(0, 40)}).`, text);
      }
      row[columns[column]!] = number;
    });
    if (row.step === undefined) throw new OutputParseError(`${where} has no step.`, text);
    rows.push(row as FineTuningMetricsRow);
  }
  return rows;
}

function unquoted(cell: string): string {
  const trimmed = cell.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
}

/** A cell's number; `nan` and `inf` as Python writes them. */
function numberOf(cell: string): number | undefined {
  const lower = cell.toLowerCase();
  if (lower === 'nan') return Number.NaN;
  if (lower === 'inf' || lower === '+inf' || lower === 'infinity') return Number.POSITIVE_INFINITY;
  if (lower === '-inf' || lower === '-infinity') return Number.NEGATIVE_INFINITY;
  const number = Number(cell);
  return Number.isNaN(number) ? undefined : number;
}

/** A CSV has commas; base64 has none, and no character outside its alphabet, and decodes to a header with `step`. */
function decodedIfBase64(text: string): string {
  const compact = text.replace(/\s+/g, '');
  if (text.includes(',') || compact.length % 4 !== 0 || !base64.test(compact)) return text;
  const decoded = new TextDecoder().decode(decodeBase64(compact));
  const header = decoded.trimStart().split(/\r?\n/, 1)[0] ?? '';
  return header.split(',').map(unquoted).includes('step') ? decoded : text;
}
