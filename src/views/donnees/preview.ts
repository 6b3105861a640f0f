/**
 * The preview table of /donnees/<slug>/: how each typed cell reads (French
 * number and date formats for reading, and a sort value that keeps the file's
 * order of magnitude and chronology: numbers as numbers, dates by `sortKey`),
 * and each row's sources as links.
 */
import type { Column } from '../../schemas/columns.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { sourceLinks, type SourceLink } from '../sources/source-links.ts';
import { formatExactNumber, formatPartialDate, NNBSP } from '../../lib/format.ts';
import { sortKey } from '../../lib/dates.ts';

export interface PreviewCell {
  /** What the cell shows. */
  text: string;
  /** What the table sorts on (`data-sort-value`). */
  sortValue: string;
  /** Numbers align right and sort numerically. */
  numeric: boolean;
  /** The list items, for list columns (to link each identifier). */
  items: readonly string[] | null;
}

/** Rows shown at most in a preview; beyond, the page shows the first ones and says so. */
export const PREVIEW_LIMIT = 1000;

/** The preview cell of one typed value. */
export function previewCell(column: Column<unknown>, value: unknown): PreviewCell {
  const numeric = column.fieldType === 'integer' || column.fieldType === 'number';
  if (value === null || value === undefined)
    return { text: '', sortValue: '', numeric, items: column.list ? [] : null };
  if (Array.isArray(value)) {
    const items = value.map(String);
    // French typography: a narrow no-break space before « ; ».
    return { text: items.join(`${NNBSP}; `), sortValue: items.join(';'), numeric: false, items };
  }
  if (typeof value === 'number')
    return { text: formatExactNumber(value), sortValue: String(value), numeric: true, items: null };
  if (typeof value === 'boolean')
    return { text: value ? 'oui' : 'non', sortValue: value ? 'oui' : 'non', numeric: false, items: null };
  const text = String(value);
  if (column.kind === 'partialDate')
    return { text: formatPartialDate(text), sortValue: sortKey(text), numeric: false, items: null };
  return { text, sortValue: text, numeric: false, items: null };
}

/** One row of the preview: its typed values, its cells, and its sources resolved to links. */
export interface PreviewRow {
  id: string;
  row: Readonly<Record<string, unknown>>;
  /** One cell per column, in header order. */
  cells: PreviewCell[];
  /** The links of its `source_ids`, when the dataset has that column. */
  sources: readonly SourceLink[];
}

export interface PreviewTable {
  /** Rows in the file. */
  total: number;
  /** The rows shown (the first PREVIEW_LIMIT). */
  rows: PreviewRow[];
}

/** The preview of a dataset's rows, as /donnees/<slug>/ shows them. */
export function previewTable(dataset: Dataset, rows: readonly Readonly<Record<string, unknown>>[]): PreviewTable {
  const columns = Object.entries(dataset.columns);
  return {
    total: rows.length,
    rows: rows.slice(0, PREVIEW_LIMIT).map((row) => ({
      id: String(row['id']),
      row,
      cells: columns.map(([name, column]) => previewCell(column, row[name])),
      sources: Array.isArray(row['source_ids']) ? sourceLinks(row['source_ids'].map(String)) : [],
    })),
  };
}
