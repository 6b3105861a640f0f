/**
 * Addresses of the bibliography. /sources/ lists every source under a stable
 * anchor, its id (`/sources/#<id>`, the target of every source link of the
 * site); the full record of a source — reference, address, note and the rows
 * that cite it — is on the page of its type, under the same anchor
 * (`/sources/<type>/#<id>`, or a further page of the type when it is long:
 * src/queries/source-pages.ts), so that no page grows with the whole bibliography.
 */
import type { SourceType } from './codes/sources.ts';

/** The path segment of a source type: `article_presse` → `article-presse`. */
export function sourceTypeSlug(type: SourceType): string {
  return type.replaceAll('_', '-');
}

/** The page of every source of one type. */
export function sourceTypePath(type: SourceType): string {
  return `/sources/${sourceTypeSlug(type)}/`;
}
