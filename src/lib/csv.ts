/**
 * CSV text → rows of nullable strings, with the physical line of each row so
 * that validation messages can point at `file:line:column`.
 */
import Papa from 'papaparse';

/** A parsed row: every cell is a string, or null when it was empty. */
export type RawRow = Record<string, string | null>;

export interface ParsedRow {
  /** 1-based physical line where the record starts (the header is line 1). */
  line: number;
  /** Physical line where it ends (after the line breaks inside quoted cells). */
  lastLine: number;
  cells: RawRow;
  /** Number of fields found in this record (to catch ragged rows). */
  fieldCount: number;
}

/**
 * A structural problem PapaParse reported: `MissingQuotes` (a quote opened and
 * never closed: the rest of the file reads as one cell), `InvalidQuotes` (a
 * quote inside an unquoted cell or text after a closing quote),
 * `TooFewFields` / `TooManyFields` (a ragged row).
 */
export interface CsvStructureProblem {
  /** Line where the record starts. */
  line: number;
  /** PapaParse's error code. */
  code: string;
  /** PapaParse's message, in English (for debugging, never shown as is). */
  message: string;
}

export interface CsvParseResult {
  header: string[];
  rows: ParsedRow[];
  /** Structural problems PapaParse reported (unclosed quotes …), with their line. */
  problems: CsvStructureProblem[];
}

/** Removes a leading byte-order mark, which Excel-made files often carry. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function lineAt(text: string, offset: number, lineStarts: number[]): number {
  // Binary search over the offsets where lines start.
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return Math.min(low, text.length) + 1;
}

/**
 * Parses CSV text in header mode without dynamic typing: the schema, not the
 * parser, decides types. Blank cells become null before any coercion.
 */
export function parseCsv(input: string): CsvParseResult {
  const text = stripBom(input);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);

  const rows: ParsedRow[] = [];
  const problems: CsvParseResult['problems'] = [];
  let header: string[] = [];
  let previousCursor = -1;
  let headerEnd = 0;

  Papa.parse<Record<string, string | string[]>>(text, {
    header: true,
    dynamicTyping: false,
    skipEmptyLines: 'greedy',
    step(result) {
      if (previousCursor < 0) {
        header = result.meta.fields ?? [];
        headerEnd = text.indexOf('\n') + 1 || text.length;
        previousCursor = headerEnd;
      }
      // The record starts at the first non-newline character after the previous record.
      let start = previousCursor;
      while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
      const line = lineAt(text, start, lineStarts);
      // The cursor stands after the record's final line break, if any: step back over it.
      let end = result.meta.cursor;
      while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
      const lastLine = lineAt(text, Math.max(start, end - 1), lineStarts);
      previousCursor = result.meta.cursor;
      for (const error of result.errors) {
        problems.push({ line, code: error.code, message: error.message });
      }
      const cells: RawRow = {};
      let fieldCount = 0;
      for (const [key, value] of Object.entries(result.data)) {
        if (key === '__parsed_extra') {
          fieldCount += Array.isArray(value) ? value.length : 1;
          continue;
        }
        const cell = typeof value === 'string' ? value : null;
        if (cell !== null) fieldCount++;
        cells[key] = cell === null || cell.trim() === '' ? null : cell;
      }
      rows.push({ line, lastLine, cells, fieldCount });
    },
  });

  if (previousCursor < 0) {
    // No data row: still read the header line.
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    header = firstLine === '' ? [] : (Papa.parse<string[]>(firstLine).data[0] ?? []);
  }
  return { header, rows, problems };
}

/** Serialises rows to RFC 4180 CSV (comma, CRLF-free LF lines, minimal quoting). */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[], delimiter = ','): string {
  return `${Papa.unparse(
    { fields: [...columns], data: rows.map((row) => columns.map((column) => row[column] ?? '')) },
    { delimiter, newline: '\n', quotes: false },
  )}\n`;
}
