/**
 * A small RFC 4180 CSV reader for imports: quoted fields, doubled quotes, commas and line
 * breaks inside quotes, CRLF / LF / CR line ends and a leading UTF-8 BOM. Blank lines are
 * skipped. Each record carries its row number as a spreadsheet shows it (header = row 1).
 */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {
  constructor(message: string, public readonly row: number) {
    super(message);
  }
}

export function parseCsv(text: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // the current cell started with a quote
  let row = 1;
  let i = 0;

  const endCell = () => {
    cells.push(cell);
    cell = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endCell();
    // A line with nothing on it is not a record.
    if (!(cells.length === 1 && cells[0] === '')) records.push({ row, cells });
    cells = [];
    row++;
  };

  while (i < src.length) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = src[i];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          throw new CsvSyntaxError(`Row ${row}: unexpected text after a closing quote`, row);
        }
        continue;
      }
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      i++;
    } else if (c === '"') {
      throw new CsvSyntaxError(`Row ${row}: a quote inside an unquoted field (wrap the field in quotes and double the quote)`, row);
    } else if (c === ',') {
      endCell();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += c;
      i++;
    }
  }
  if (quoted) throw new CsvSyntaxError(`Row ${row}: a quoted field is not closed`, row);
  if (cell !== '' || cells.length > 0 || wasQuoted) endRecord();
  return records;
}

/** Undoes the export's guard against spreadsheet formulas (a `'` before = + - @). */
export function unguardCell(value: string): string {
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}
