/**
 * A text with `[@id]` citation markers (notes, follow-ups) as the pages of the
 * départements show it: the same parts as every other text of the site
 * (src/views/citations/prose.ts, rendered by <Prose>), its plain runs with
 * French spacing.
 */
import { frenchSpacing } from '../../lib/format.ts';
import { prose, type ProsePart } from '../citations/prose.ts';

/** A run of plain text, or a citation of one or more sources. */
export type CitedSegment = ProsePart;

/** The parts of a text, cited ids resolved in sources.csv (an unknown id stops the build). */
export function citedText(text: string): CitedSegment[] {
  return prose(text).map((part) => (part.kind === 'text' ? { ...part, text: frenchSpacing(part.text) } : part));
}
