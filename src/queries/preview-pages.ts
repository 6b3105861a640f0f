/**
 * The pages of a dataset's rows on the site: /donnees/<slug>/ shows the first
 * rows, /donnees/<slug>/lignes/<n>/ the next ones. A page holds as many rows
 * as fit PREVIEW_PAGE_CHARS characters of cell text, so that every page stays
 * within the weight budget however long the notes of its rows; the cut
 * depends on the data only, and every row keeps one address,
 * rowPreviewHref().
 */
import { chunkByWeight } from '../lib/chunks.ts';
import { datasetRows } from './catalogue.ts';

/** Characters of cell text per page of rows (about 45 KB gzipped with the page’s markup). */
export const PREVIEW_PAGE_CHARS = 90_000;

type AnyRow = Readonly<Record<string, unknown>>;

/** The characters a row puts in its cells. */
function rowChars(row: AnyRow): number {
  let chars = 0;
  for (const value of Object.values(row)) {
    if (value === null || value === undefined) continue;
    chars += Array.isArray(value) ? value.join('; ').length : String(value).length;
  }
  return chars;
}

const cache = new Map<string, { pages: readonly (readonly AnyRow[])[]; pageOfRow: ReadonlyMap<string, number> }>();

function paging(slug: string) {
  let entry = cache.get(slug);
  if (!entry) {
    const pages = chunkByWeight(datasetRows(slug), rowChars, PREVIEW_PAGE_CHARS);
    const pageOfRow = new Map<string, number>();
    pages.forEach((rows, index) => {
      for (const row of rows) pageOfRow.set(String(row['id']), index + 1);
    });
    entry = { pages, pageOfRow };
    cache.set(slug, entry);
  }
  return entry;
}

/** The rows of each page of a dataset, page 1 first (at least one page, maybe empty). */
export function previewPages(slug: string): readonly (readonly AnyRow[])[] {
  const { pages } = paging(slug);
  return pages.length > 0 ? pages : [[]];
}

/** The address of page `page` (1-based) of a dataset's rows. */
export function previewPagePath(slug: string, page: number): string {
  return page <= 1 ? `/donnees/${slug}/` : `/donnees/${slug}/lignes/${page}/`;
}

/** Where a row is shown among its dataset's pages, anchored by its id; throws on an unknown id. */
export function rowPreviewHref(slug: string, rowId: string): string {
  const page = paging(slug).pageOfRow.get(rowId);
  if (page === undefined) throw new Error(`Ligne inconnue dans ${slug} : ${rowId}`);
  return `${previewPagePath(slug, page)}#${rowId}`;
}
