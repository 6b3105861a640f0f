/**
 * One-line citations: under 200 characters, to paste under a figure, a chart
 * or a table row — what is cited, who publishes it, which version of the data
 * and of when, and where to find it:
 *
 *   « Exclus selon le rapport officiel : 120 800 ETP », Oubliés du Ségur,
 *   v2026.12.5 du 5 déc. 2026, https://…/#chiffre-rapport-art83-total
 *
 * Only the title gives way when the line would be too long: it is cut at a
 * word and ends with « … ». The full references (sources, BibTeX) stay beside
 * it. Pure: inputs in, text out.
 */
import { NBSP } from '../../lib/format.ts';
import { calendarVersion } from '../../lib/release/version.ts';

/** A one-line citation is strictly shorter than this. */
export const ONE_LINE_LIMIT = 200;

/** The shortest a title may be cut to before the line is declared impossible. */
const MIN_TITLE = 16;

export interface OneLineInput {
  /** What is cited, in a few words. */
  title: string;
  /** Who publishes it (the observatory's name). */
  author: string;
  /** Date of the data version, `AAAA-MM-JJ`; the version number (`AAAA.M.J`) derives from it. */
  date: string;
  /** Absolute address of what is cited. */
  url: string;
}

const shortDate = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** « 5 déc. 2026 », « 1er févr. 2026 ». */
export function shortFrenchDate(date: string): string {
  return shortDate.format(new Date(`${date}T00:00:00Z`)).replace(/^1 /, '1er ');
}

function cut(title: string, length: number): string {
  if (title.length <= length) return title;
  const room = title.slice(0, length - 1);
  const atWord = room.replace(/[ ,;:–—-]+[^ ]*$/, '');
  return `${(atWord.length >= MIN_TITLE ? atWord : room).trimEnd()}…`;
}

/** The line; throws when even a shortened title cannot fit (an address far too long). */
export function oneLineCitation({ title, author, date, url }: OneLineInput): string {
  const line = (shown: string): string =>
    `«${NBSP}${shown}${NBSP}», ${author}, v${calendarVersion(date)} du ${shortFrenchDate(date)}, ${url}`;
  // Ordinary white space only: the no-break spaces of French numbers (« 120 800 ») stay.
  const clean = title.replace(/[ \t\r\n]+/g, ' ').trim();
  const room = ONE_LINE_LIMIT - 1 - (line(clean).length - clean.length);
  if (room < MIN_TITLE) {
    throw new Error(
      `Citation en une ligne impossible sous ${ONE_LINE_LIMIT} caractères pour ${url} : adresse trop longue.`,
    );
  }
  return line(cut(clean, room));
}
