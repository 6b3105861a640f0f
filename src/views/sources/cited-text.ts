/**
 * A text with `[@id]` citation markers (notes, follow-ups) as the pages show
 * it: plain runs and, in place of each marker, the cited source as a link to
 * its entry on /sources/ — never the bare identifier.
 */
import { citedSourceIds } from '../../schemas/dataset.ts';
import { sourceLinks, type SourceLink } from './source-links.ts';
import { frenchSpacing } from '../../lib/format.ts';

/** A run of plain text, or a cited source. */
export type CitedSegment = { text: string } | { source: SourceLink };

const MARKERS = /\s*\[@[^\]\s]*\]/g;

/** The segments of a text: its runs of text, and the sources its markers cite (validated ids). */
export function citedText(text: string): CitedSegment[] {
  const segments: CitedSegment[] = [];
  const sources = sourceLinks(citedSourceIds(text));
  let from = 0;
  let index = 0;
  for (const match of text.matchAll(MARKERS)) {
    if (match.index > from) segments.push({ text: frenchSpacing(text.slice(from, match.index)) });
    const source = sources[index];
    if (source) segments.push({ source });
    index += 1;
    from = match.index + match[0].length;
  }
  if (from < text.length) segments.push({ text: frenchSpacing(text.slice(from)) });
  return segments;
}
