import { UserError } from './errors.js';
import { CsvSyntaxError, parseCsv, unguardCell, type CsvRecord } from '../modules/catalog/services/csv-parse.js';

export interface CsvTable<K extends string> {
  /** The data rows (the header removed), with their file row numbers. */
  rows: CsvRecord[];
  /** A cell of a row by column key, trimmed and un-guarded; '' where the file lacks the column. */
  cell(row: CsvRecord, key: K): string;
  /** Whether the file has this column at all. */
  has(key: K): boolean;
}

/**
 * Reads an uploaded CSV with a header row into a table keyed by column, refusing what no
 * import can use: an empty or over-large file, bad CSV syntax, missing required columns, no
 * rows or too many. Headers match case-insensitively against each column's accepted names
 * (the first is the one named in messages).
 */
export function readCsvTable<K extends string>(csv: string, columns: Record<K, readonly string[]>, required: readonly K[], limits: { maxBytes: number; maxRows: number }): CsvTable<K> {
  if (!csv?.trim()) throw UserError.of('REQUIRED', 'The CSV file is empty', 'csv');
  if (Buffer.byteLength(csv, 'utf8') > limits.maxBytes) throw UserError.of('TOO_LARGE', `The CSV file can be at most ${Math.round(limits.maxBytes / 1024 / 1024)} MB`, 'csv');
  let records: CsvRecord[];
  try { records = parseCsv(csv); } catch (error) {
    if (error instanceof CsvSyntaxError) throw UserError.of('INVALID', `Not a valid CSV file: ${error.message}`, 'csv');
    throw error;
  }
  const [header, ...rows] = records;
  const names = (header?.cells ?? []).map((c) => c.trim().toLowerCase());
  const index = Object.fromEntries((Object.entries(columns) as [K, readonly string[]][]).map(([key, aliases]) => [key, names.findIndex((n) => aliases.includes(n))])) as Record<K, number>;
  const missing = required.filter((k) => index[k] < 0);
  if (missing.length) throw UserError.of('INVALID', `Missing column(s): ${missing.map((k) => columns[k][0]).join(', ')}`, 'csv');
  if (!rows.length) throw UserError.of('INVALID', 'The file has a header but no rows', 'csv');
  if (rows.length > limits.maxRows) throw UserError.of('TOO_LARGE', `At most ${limits.maxRows} rows per file`, 'csv');
  return {
    rows,
    cell: (row, key) => (index[key] >= 0 ? unguardCell(row.cells[index[key]] ?? '').trim() : ''),
    has: (key) => index[key] >= 0,
  };
}
