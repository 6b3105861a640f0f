/**
 * The `[@id]` citations of the text cells, resolved against sources.csv: what
 * a citation shows of each source, a text with its citations written out, and
 * a row whose text cells are so written (what the spreadsheet variant, the
 * JSON, the chart downloads and the charts themselves carry).
 */
import type { ColumnKind } from '../schemas/columns.ts';
import { citedIds, proseAsText, shortTitle, type CitedSource } from '../lib/citation-markup.ts';
import { rowById, rowsOf } from './data.ts';

/** What a citation shows of a source: its short title and publisher. Throws on an unknown id. */
export function citedSource(id: string): CitedSource {
  const source = rowById('sources', id);
  return { id, title: shortTitle(source.titre), publisher: source.editeur };
}

/** The text with each citation written out: « … (Titre, Éditeur) ». */
export function proseText(text: string): string {
  return proseAsText(text, citedSource);
}

/** What of a dataset says which columns are free text. */
interface WithColumns {
  columns: Readonly<Record<string, { kind: ColumnKind }>>;
}

/** The names of a dataset's free-text columns, the ones that may cite sources. */
export function proseColumnsOf(dataset: WithColumns): string[] {
  return Object.entries(dataset.columns).flatMap(([name, column]) => (column.kind === 'text' ? [name] : []));
}

/** A copy of a row whose text cells have their citations written out; other cells unchanged. */
export function readableRow<R extends object>(dataset: WithColumns, row: R): R {
  const copy: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const name of proseColumnsOf(dataset)) {
    const value = copy[name];
    if (typeof value === 'string') copy[name] = proseText(value);
  }
  return copy as R;
}

/** A citation of the data as the CSV writes it and as the readable downloads write it: the first one of sources.csv. */
export function citationExample(): { raw: string; text: string } {
  const id = rowsOf('sources')
    .map((source) => (source.note === null ? undefined : citedIds(source.note)[0]))
    .find((cited) => cited !== undefined);
  if (id === undefined) throw new Error('Aucun renvoi [@…] dans les notes de sources.csv');
  const raw = `[@${id}]`;
  return { raw, text: proseText(raw) };
}
