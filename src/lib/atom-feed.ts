/**
 * A minimal Atom 1.0 feed (RFC 4287) as a string: enough for feed readers to
 * follow the data changelog. Pure; the caller gives absolute addresses.
 */

export interface AtomEntry {
  /** Permanent, unique id (an absolute URL with a fragment is fine). */
  id: string;
  title: string;
  /** Address of the entry on the site. */
  url: string;
  /** ISO 8601 date-time (`2026-11-23T00:00:00Z`). */
  updated: string;
  /** Plain text. */
  summary: string;
  /** Category terms (dataset, kind of change). */
  categories?: readonly string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** Address of the feed itself. */
  selfUrl: string;
  /** Address of the HTML page it mirrors. */
  pageUrl: string;
  author: { name: string; uri?: string };
  /** Licence text (`rights`). */
  rights?: string;
  entries: readonly AtomEntry[];
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Control characters are not allowed in XML 1.0, even escaped.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** A partial date (`2026`, `2026-11`, `2026-11-23`) as an Atom date-time at its first instant, UTC. */
export function atomDate(partialDate: string): string {
  const [year = '1970', month = '01', day = '01'] = partialDate.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}

/** The feed; `updated` is the latest entry's, so the text only changes when the data does. */
export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), '1970-01-01T00:00:00Z');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  <author><name>${escapeXml(feed.author.name)}</name>${feed.author.uri ? `<uri>${escapeXml(feed.author.uri)}</uri>` : ''}</author>`,
    ...(feed.rights ? [`  <rights>${escapeXml(feed.rights)}</rights>`] : []),
    ...feed.entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <updated>${entry.updated}</updated>`,
      ...(entry.categories ?? []).map((term) => `    <category term="${escapeXml(term)}"/>`),
      `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
