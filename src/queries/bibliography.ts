/**
 * The bibliography of /sources/: every source, grouped by type (in the order
 * of the schema's codes), alphabetical within a group, with the rows that cite it.
 */
import type { SourceRow } from '../schemas/sources.ts';
import { SOURCE_TYPES, type SourceType } from '../lib/codes/sources.ts';
import { rowsOf } from './data.ts';
import { citationsOf, type Citation } from './citations.ts';

export interface BibliographyEntry {
  source: SourceRow;
  citations: readonly Citation[];
}

export interface BibliographyGroup {
  type: SourceType;
  entries: BibliographyEntry[];
}

const titleOrder = new Intl.Collator('fr', { sensitivity: 'base' });

const byTitle = (a: BibliographyEntry, b: BibliographyEntry): number =>
  titleOrder.compare(a.source.titre, b.source.titre) || a.source.id.localeCompare(b.source.id);

let groups: BibliographyGroup[] | null = null;

/** Non-empty groups, in the order of SOURCE_TYPES (sorted once per build: the data do not change in one). */
export function bibliography(): BibliographyGroup[] {
  groups ??= SOURCE_TYPES.flatMap((type) => {
    const entries = rowsOf('sources')
      .filter((source) => source.type === type)
      .map((source) => ({ source, citations: citationsOf(source.id) }))
      .sort(byTitle);
    return entries.length > 0 ? [{ type, entries }] : [];
  });
  return groups;
}
