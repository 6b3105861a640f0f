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
import { chunkPages, type ChunkPage } from '../../lib/chunks.ts';
import { previewPagePath, previewPages, rowPreviewHref } from '../../queries/preview-pages.ts';
import { proseText } from '../../queries/prose.ts';
import { citedIds } from '../../lib/citation-markup.ts';
import { prose, type ProseView } from '../citations/prose.ts';

/** A text cell that cites sources reads as the site shows it: citations as titles and publishers. */
function withCitations(column: Column<unknown>, value: unknown, cell: PreviewCell): PreviewCell {
  if (column.kind !== 'text' || typeof value !== 'string' || citedIds(value).length === 0) return cell;
  const text = proseText(value);
  return { ...cell, text, sortValue: text, prose: prose(value) };
}

export interface PreviewCell {
  /** What the cell shows. */
  text: string;
  /** What the table sorts on (`data-sort-value`). */
  sortValue: string;
  /** Numbers align right and sort numerically. */
  numeric: boolean;
  /** The list items, for list columns (to link each identifier). */
  items: readonly string[] | null;
  /** A text cell that cites sources, citations resolved (its `text` is then the readable text). */
  prose?: ProseView;
}

/** A list item that names a row of another dataset, with the row's address. */
export interface PreviewReference {
  id: string;
  href: string;
}

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
  /** Column → the rows of other datasets it names (`mesure_ids`, `conteste_ids`…), with their addresses. */
  references: ReadonlyMap<string, readonly PreviewReference[]>;
}

/** One page of a dataset's rows, and where it stands among the pages. */
export interface PreviewTable {
  /** Rows in the file. */
  total: number;
  /** Position in the file of the first row shown (1-based). */
  first: number;
  /** The rows of this page. */
  rows: PreviewRow[];
  /** Page number (1-based) and every page's address and row range, for the pager. */
  page: number;
  pages: readonly ChunkPage[];
}

/** Page `page` (1-based) of a dataset's rows, as /donnees/<slug>/ and /donnees/<slug>/lignes/<n>/ show it. */
export function previewTable(dataset: Dataset, page = 1): PreviewTable {
  const chunks = previewPages(dataset.slug);
  const rows = chunks[page - 1];
  if (!rows) throw new Error(`Page ${page} inexistante pour ${dataset.slug}`);
  const columns = Object.entries(dataset.columns);
  const targets = new Map(dataset.references.map((reference) => [reference.column, reference.dataset]));
  const pages = chunkPages(chunks, (number) => previewPagePath(dataset.slug, number));
  return {
    total: pages.at(-1)?.last ?? 0,
    first: pages[page - 1]!.first,
    page,
    pages,
    rows: rows.map((row) => ({
      id: String(row['id']),
      row,
      cells: columns.map(([name, column]) => withCitations(column, row[name], previewCell(column, row[name]))),
      sources: Array.isArray(row['source_ids']) ? sourceLinks(row['source_ids'].map(String)) : [],
      references: new Map(
        [...targets]
          .filter(([column]) => column !== 'source_ids' && Array.isArray(row[column]))
          .map(([column, target]) => [
            column,
            (row[column] as unknown[]).map(String).map((id) => ({ id, href: rowPreviewHref(target, id) })),
          ]),
      ),
    })),
  };
}
