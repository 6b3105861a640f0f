/**
 * A minimal Atom 1.0 (RFC 4287) writer: feed → XML text, every string
 * escaped. Used by the static feed endpoints (e.g. /chronologie.xml).
 */
import { escapeXml } from './xml.ts';

export interface AtomLink {
  href: string;
  rel?: 'alternate' | 'self' | 'related';
  type?: string;
}

export interface AtomEntry {
  /** A permanent, unique IRI (never changes once published). */
  id: string;
  title: string;
  /** RFC 3339 instant of the last significant change. */
  updated: Date;
  published?: Date;
  link: AtomLink;
  /** Plain-text summary. */
  summary?: string;
  /** HTML fragment, sent escaped as content type="html". */
  contentHtml?: string;
  categories?: { term: string; label?: string }[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** Defaults to the latest entry's `updated`, so that a rebuild without changes yields the same file. */
  updated?: Date;
  /** The feed's own address (rel="self"). */
  self: string;
  /** The HTML page the feed mirrors (rel="alternate"). */
  alternate: string;
  author: string;
  rights?: string;
  /** Language of the text (xml:lang). */
  lang?: string;
  entries: readonly AtomEntry[];
}

/** RFC 3339 in UTC, seconds precision: 2022-02-18T00:00:00Z. */
export function atomDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function link({ href, rel = 'alternate', type }: AtomLink): string {
  return `<link rel="${rel}"${type ? ` type="${escapeXml(type)}"` : ''} href="${escapeXml(href)}"/>`;
}

/** The feed as an XML document. */
export function renderAtomFeed(feed: AtomFeed): string {
  const latest = feed.entries.reduce<Date | null>(
    (max, entry) => (max === null || entry.updated > max ? entry.updated : max),
    null,
  );
  const updated = feed.updated ?? latest ?? new Date(0);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${feed.lang ? ` xml:lang="${escapeXml(feed.lang)}"` : ''}>`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${atomDate(updated)}</updated>`,
    `  ${link({ href: feed.self, rel: 'self', type: 'application/atom+xml' })}`,
    `  ${link({ href: feed.alternate, rel: 'alternate', type: 'text/html' })}`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...(feed.rights ? [`  <rights>${escapeXml(feed.rights)}</rights>`] : []),
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${atomDate(entry.updated)}</updated>`,
      ...(entry.published ? [`    <published>${atomDate(entry.published)}</published>`] : []),
      `    ${link({ type: 'text/html', ...entry.link })}`,
      ...(entry.categories ?? []).map(
        (category) =>
          `    <category term="${escapeXml(category.term)}"${category.label ? ` label="${escapeXml(category.label)}"` : ''}/>`,
      ),
      ...(entry.summary ? [`    <summary type="text">${escapeXml(entry.summary)}</summary>`] : []),
      ...(entry.contentHtml ? [`    <content type="html">${escapeXml(entry.contentHtml)}</content>`] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
