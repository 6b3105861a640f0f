/**
 * One-line citations of every row of a dataset page: the row's short label
 * (the one /sources/ uses for backlinks; a source's title for sources.csv).
 */
import { rowLabels } from '../../queries/citations.ts';
import { rowOneLine, type CitationContext } from './subjects.ts';

/** Row id → its one-line citation; empty for a dataset whose rows have no label (the changelog). */
export function rowCitations(
  dataset: string,
  rows: readonly Readonly<Record<string, unknown>>[],
  context: CitationContext,
): ReadonlyMap<string, string> {
  const labels =
    dataset === 'sources' ? new Map(rows.map((row) => [String(row['id']), String(row['titre'])])) : rowLabels(dataset);
  const citations = new Map<string, string>();
  for (const row of rows) {
    const id = String(row['id']);
    const label = labels.get(id);
    if (label !== undefined) citations.set(id, rowOneLine(dataset, id, label, context));
  }
  return citations;
}
