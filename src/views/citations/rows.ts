/**
 * One-line citations of every row of a dataset page, each made from the row's
 * short label (the dataset's `rowLabel`, the one /sources/ uses for backlinks).
 */
import type { Dataset } from '../../schemas/dataset.ts';
import { rowOneLine, type CitationContext } from './subjects.ts';
import { rowPreviewHref } from '../../queries/preview-pages.ts';

/** Row id → its one-line citation; empty for the changelog, whose page is not a row list. */
export function rowCitations(
  dataset: Dataset,
  rows: readonly Readonly<Record<string, unknown>>[],
  context: CitationContext,
): ReadonlyMap<string, string> {
  const citations = new Map<string, string>();
  if (dataset.slug === 'changements') return citations;
  const label = dataset.rowLabel as (row: Readonly<Record<string, unknown>>) => string;
  for (const row of rows) {
    const id = String(row['id']);
    citations.set(id, rowOneLine(rowPreviewHref(dataset.slug, id), label(row), context));
  }
  return citations;
}
