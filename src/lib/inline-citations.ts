/**
 * Reader-facing notes cite their sources inline as `[@source-id]`. These
 * helpers split such a text into plain text and citations, so that pages and
 * the browser show a numbered link to the bibliography instead of the id.
 */

/** A piece of a note: plain text, or a citation of a source. */
export type NotePiece = { text: string } | { source: string };

const CITATION = /\s*\[@([a-z0-9]+(?:-[a-z0-9]+)*)\]/g;

/** The source ids a text cites, in order, without repeats. */
export function citedSourceIds(text: string): string[] {
  return [...new Set([...text.matchAll(CITATION)].map((match) => match[1]!))];
}

/** A text cut into plain pieces and citations (the space before a citation goes with it). */
export function notePieces(text: string): NotePiece[] {
  const pieces: NotePiece[] = [];
  let last = 0;
  for (const match of text.matchAll(CITATION)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index) });
    pieces.push({ source: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

/** The text without its citations, for places that cannot hold links (titles, feeds). */
export function withoutCitations(text: string): string {
  return text.replace(CITATION, '');
}
