/**
 * Prose of the data as pages, feeds and embeds show it: plain runs and
 * citations, each citation a list of sources with their short title,
 * publisher and anchor on /sources/ (rendered by <Prose>). The plain text
 * of a view is, character for character, what downloads write
 * (src/queries/prose.ts): both come from the same segments.
 */
import { citedSourceText, proseSegments } from '../../lib/citation-markup.ts';
import { escapeXml } from '../../lib/xml.ts';
import { citedSource } from '../../queries/prose.ts';

/** One source of a citation, ready to link. */
export interface CitationLink {
  id: string;
  /** Its entry on /sources/. */
  href: string;
  /** The short title the citation shows (the full one is on /sources/). */
  title: string;
  publisher: string;
}

export type ProsePart = { kind: 'text'; text: string } | { kind: 'citation'; sources: CitationLink[] };

/** A text cell as a page shows it (<Prose value={…} />). */
export type ProseView = readonly ProsePart[];

function link(id: string): CitationLink {
  const { title, publisher } = citedSource(id);
  return { id, href: `/sources/#${id}`, title, publisher };
}

/** A text cell as parts, each cited id resolved by `resolve` (pure: tests pass their own sources). */
export function proseFrom(text: string, resolve: (id: string) => CitationLink): ProseView {
  return proseSegments(text).map((segment) =>
    segment.kind === 'text'
      ? { kind: 'text', text: segment.text }
      : { kind: 'citation', sources: segment.ids.map(resolve) },
  );
}

/** A text cell as parts, cited ids resolved in sources.csv; an unknown id stops the build. */
export function prose(text: string): ProseView {
  return proseFrom(text, link);
}

/** The same for a cell that may be empty. */
export function proseOrNull(text: string | null): ProseView | null {
  return text === null ? null : prose(text);
}

/** The plain text of a view: what a download writes for the same cell. */
export function proseViewText(view: ProseView): string {
  return view
    .map((part) =>
      part.kind === 'text' ? part.text : `(${part.sources.map((source) => citedSourceText(source)).join(' ; ')})`,
    )
    .join('');
}

/**
 * A text cell as escaped HTML for a feed entry, each source linked at its
 * absolute address on /sources/ (`site`: the public origin).
 */
export function proseHtml(text: string, site: URL | string): string {
  return proseHtmlOf(prose(text), site);
}

/** A view as escaped HTML with absolute links (pure). */
export function proseHtmlOf(view: ProseView, site: URL | string): string {
  return view
    .map((part) =>
      part.kind === 'text'
        ? escapeXml(part.text)
        : `(${part.sources
            .map(
              (source) =>
                `<a href="${escapeXml(new URL(source.href, site).href)}">${escapeXml(source.title)}</a>, ${escapeXml(source.publisher)}`,
            )
            .join(' ; ')})`,
    )
    .join('');
}
