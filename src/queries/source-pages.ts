/**
 * The pages of the bibliography's full records: /sources/<type>/ shows the
 * first records of a type, /sources/<type>/<n>/ the next ones. A page holds as
 * many records as fit SOURCE_PAGE_CHARS characters of text (a backlink counts
 * as a short line), so that a type with many documents never makes a page
 * over the weight budget; the cut depends on the data only, and every record
 * keeps one address, sourceRecordHref().
 */
import { chunkByWeight, chunkPages, type ChunkPage } from '../lib/chunks.ts';
import { sourceTypePath } from '../lib/source-pages.ts';
import type { SourceType } from '../lib/codes/sources.ts';
import { bibliography, type BibliographyEntry, type BibliographyGroup } from './bibliography.ts';

/** Characters of text per page of records (about 50 KB gzipped with the page’s markup). */
export const SOURCE_PAGE_CHARS = 140_000;

/** What one backlink weighs, in characters: its label and its address. */
const BACKLINK_CHARS = 120;

function recordChars({ source, citations }: BibliographyEntry): number {
  let chars = source.titre.length + source.editeur.length + source.id.length;
  chars += (source.reference?.length ?? 0) + 2 * (source.url?.length ?? 0) + (source.note?.length ?? 0);
  return chars + citations.length * BACKLINK_CHARS;
}

/** One page of the records of a type, and where it stands among the type's pages. */
export interface SourceTypePage {
  group: BibliographyGroup;
  /** 1-based. */
  page: number;
  entries: BibliographyEntry[];
  /** Every page of the type, for the pager: address and positions (1-based) of its first and last records. */
  pages: ChunkPage[];
}

/** The address of page `page` (1-based) of a type's records. */
export function sourceTypePagePath(type: SourceType, page: number): string {
  return page <= 1 ? sourceTypePath(type) : `${sourceTypePath(type)}${page}/`;
}

/**
 * The pages of every group's records within `budget` characters each, and the page address of each source
 * (exported for the tests, which cut with a small budget).
 */
export function pageRecords(
  groups: readonly BibliographyGroup[],
  budget: number,
): { pages: SourceTypePage[]; pageOfSource: Map<string, string> } {
  const pages: SourceTypePage[] = [];
  const pageOfSource = new Map<string, string>();
  for (const group of groups) {
    const chunks = chunkByWeight(group.entries, recordChars, budget);
    const pager = chunkPages(chunks, (number) => sourceTypePagePath(group.type, number));
    chunks.forEach((entries, index) => {
      pages.push({ group, page: index + 1, entries, pages: pager });
      for (const { source } of entries) pageOfSource.set(source.id, pager[index]!.href);
    });
  }
  return { pages, pageOfSource };
}

let cache: ReturnType<typeof pageRecords> | null = null;

function paging(): ReturnType<typeof pageRecords> {
  cache ??= pageRecords(bibliography(), SOURCE_PAGE_CHARS);
  return cache;
}

/** Every page of full records, type by type, page 1 first. */
export function sourceTypePages(): readonly SourceTypePage[] {
  return paging().pages;
}

/** The full record of a source, on the page of its type that holds it; throws on an unknown id. */
export function sourceRecordHref(source: { id: string }): string {
  const page = paging().pageOfSource.get(source.id);
  if (page === undefined) throw new Error(`Source inconnue : ${source.id}`);
  return `${page}#${source.id}`;
}
