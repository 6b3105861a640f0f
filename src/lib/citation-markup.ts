/**
 * The one markup a text cell of data/ uses to cite a source: `[@id]`, where
 * `id` is the identifier of a row of data/sources.csv (« … selon le GEPSo
 * [@gepso-communique-2022] »). Several marks in a row, separated by spaces
 * only, are one citation of several sources.
 *
 * The published CSV keeps the markup (it is the curated file, byte for byte);
 * pages, feeds, charts and embeds show each citation as the sources' short
 * titles and publishers, linked to /sources/#id; the spreadsheet variant, the
 * JSON and the chart downloads write the same words as plain text:
 * « … selon le GEPSo (Communiqué sur les oubliés du Ségur, GEPSo) ».
 * Both renderings come from `proseSegments`, so that they cannot say
 * different things. Environment-neutral.
 */

/** One well-formed mark; the id follows the slug rule of every identifier. */
const MARK = /\[@([a-z0-9]+(?:-[a-z0-9]+)*)\]/g;
/** A run of marks separated by whitespace only: one citation. */
const RUN = /\[@[a-z0-9]+(?:-[a-z0-9]+)*\](?:\s*\[@[a-z0-9]+(?:-[a-z0-9]+)*\])*/g;

/** The ids a text cites, in order of first appearance, without repeats. */
export function citedIds(text: string): string[] {
  return [...new Set([...text.matchAll(MARK)].map((match) => match[1]!))];
}

/**
 * Whether every `[@` of a text opens a well-formed mark. A mark with a space,
 * a capital, an accent or no closing bracket would be printed as is: the
 * validator refuses it.
 */
export function hasOnlyWellFormedMarks(text: string): boolean {
  return !text.replace(MARK, '').includes('[@');
}

/** A piece of prose: text as written, or one citation of one or more sources. */
export type ProseSegment = { kind: 'text'; text: string } | { kind: 'citation'; ids: string[] };

/** The text cut into plain runs and citations, in order; a text without marks is one text segment. */
export function proseSegments(text: string): ProseSegment[] {
  const segments: ProseSegment[] = [];
  let from = 0;
  for (const match of text.matchAll(RUN)) {
    const at = match.index;
    if (at > from) segments.push({ kind: 'text', text: text.slice(from, at) });
    segments.push({ kind: 'citation', ids: citedIds(match[0]) });
    from = at + match[0].length;
  }
  if (from < text.length || segments.length === 0) segments.push({ kind: 'text', text: text.slice(from) });
  return segments;
}

/** What a citation shows of a source. */
export interface CitedSource {
  id: string;
  /** The title as a citation shows it (see `shortTitle`). */
  title: string;
  publisher: string;
}

/** Longest title a citation shows whole. */
const TITLE_MAX = 60;

/**
 * A source's title as a citation in running text shows it: whole up to 60
 * characters; longer, without a closing parenthesis, then cut at a word and
 * ended with « … ». The link's tooltip and /sources/ keep the full title.
 */
export function shortTitle(title: string): string {
  if (title.length <= TITLE_MAX) return title;
  const withoutAside = title.replace(/\s*\([^()]*\)\s*$/, '');
  if (withoutAside.length <= TITLE_MAX && withoutAside.length >= 20) return withoutAside;
  const cut = withoutAside.slice(0, TITLE_MAX);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** « Titre, Éditeur » for one source. */
export function citedSourceText(source: CitedSource): string {
  return `${source.title}, ${source.publisher}`;
}

/** « (Titre, Éditeur ; Titre, Éditeur) »: a citation as plain text. */
export function citationText(sources: readonly CitedSource[]): string {
  return `(${sources.map(citedSourceText).join(' ; ')})`;
}

/**
 * The prose as plain text, each citation written out; `lookup` gives what a
 * citation shows of a source and throws on an unknown id (the validator has
 * refused it before any rendering).
 */
export function proseAsText(text: string, lookup: (id: string) => CitedSource): string {
  return proseSegments(text)
    .map((segment) => (segment.kind === 'text' ? segment.text : citationText(segment.ids.map(lookup))))
    .join('');
}
