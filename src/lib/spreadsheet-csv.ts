/**
 * The variant of each CSV for French spreadsheets (Excel, LibreOffice with
 * French settings): UTF-8 with a byte-order mark so that accents are read
 * right, `;` as separator, CRLF line ends, and a decimal comma in decimal
 * columns — the reason French spreadsheets use `;` at all, and without which
 * « 7.9 » would be read as text or as a date.
 *
 * Built from the parsed cells with Papa.unparse, so that quoting stays right
 * whatever a cell holds (`;`, quotes, line breaks). Environment-neutral.
 */
import Papa from 'papaparse';
import { stripBom } from './csv.ts';

export const SPREADSHEET_DELIMITER = ';';
const BOM = '\uFEFF';
const DECIMAL_POINT_CELL = /^\d+\.\d+$/;
const DECIMAL_COMMA_CELL = /^\d+,\d+$/;

/** Every record of a comma CSV text, header included, cells as written. */
function records(text: string, delimiter: string): string[][] {
  const parsed = Papa.parse<string[]>(stripBom(text), { delimiter, skipEmptyLines: 'greedy' });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes' || error.type === 'Delimiter');
  if (fatal) throw new Error(`CSV illisible (ligne ${(fatal.row ?? 0) + 1}) : ${fatal.message}`);
  return parsed.data;
}

function decimalIndexes(header: readonly string[], decimalColumns: Iterable<string>): Set<number> {
  const names = new Set(decimalColumns);
  return new Set(header.flatMap((name, index) => (names.has(name) ? [index] : [])));
}

/** Text columns whose cells are rewritten for readers (their `[@id]` citations written out). */
export interface ProseCells {
  columns: Iterable<string>;
  render: (cell: string) => string;
}

/**
 * Comma CSV (the published file) → the French-spreadsheet variant.
 * `decimalColumns`: header names whose cells are decimal numbers (`7.9` → `7,9`);
 * `prose`: text columns and how their cells read in a spreadsheet.
 */
export function toSpreadsheetCsv(
  text: string,
  decimalColumns: Iterable<string> = [],
  prose: ProseCells = { columns: [], render: (cell) => cell },
): string {
  const [header = [], ...rows] = records(text, ',');
  const decimals = decimalIndexes(header, decimalColumns);
  const texts = decimalIndexes(header, prose.columns);
  const converted = rows.map((row) =>
    row.map((cell, index) => {
      if (decimals.has(index) && DECIMAL_POINT_CELL.test(cell)) return cell.replace('.', ',');
      return texts.has(index) && cell !== '' ? prose.render(cell) : cell;
    }),
  );
  return `${BOM}${Papa.unparse([header, ...converted], { delimiter: SPREADSHEET_DELIMITER, newline: '\r\n', quotes: false })}\r\n`;
}

/**
 * The French-spreadsheet variant → its records (header first), decimal commas
 * turned back into points: the cells of the comma CSV it was made from (text
 * cells as the variant writes them).
 */
export function parseSpreadsheetCsv(text: string, decimalColumns: Iterable<string> = []): string[][] {
  const [header = [], ...rows] = records(text, SPREADSHEET_DELIMITER);
  const decimals = decimalIndexes(header, decimalColumns);
  return [
    header,
    ...rows.map((row) =>
      row.map((cell, index) => (decimals.has(index) && DECIMAL_COMMA_CELL.test(cell) ? cell.replace(',', '.') : cell)),
    ),
  ];
}
