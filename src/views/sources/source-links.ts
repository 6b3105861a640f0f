/**
 * Sources as a row's numbered links show them (<SourceLinks>): the anchor of
 * each source on /sources/, its title and its publisher.
 */
import type { SourceRow } from '../../schemas/sources.ts';
import { rowsByIds } from '../../queries/data.ts';
import { shortTitle } from '../../lib/citation-markup.ts';

/** One numbered source link. */
export interface SourceLink {
  id: string;
  /** Its entry on /sources/. */
  href: string;
  /** Its short title, as citations show it (the full one is on /sources/): it names the link. */
  title: string;
  publisher: string;
}

/** The link of one source row. */
export function sourceLinkOf(source: Pick<SourceRow, 'id' | 'titre' | 'editeur'>): SourceLink {
  return { id: source.id, href: `/sources/#${source.id}`, title: shortTitle(source.titre), publisher: source.editeur };
}

/** The links of the sources a row cites, in its order; an unknown id stops the build. */
export function sourceLinks(ids: readonly string[]): SourceLink[] {
  return rowsByIds('sources', ids).map(sourceLinkOf);
}
