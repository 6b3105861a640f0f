/**
 * Text measuring without a DOM, for drawings composed as SVG text (the charts
 * of src/charts/, the social cards of src/lib/social-card.ts): an estimate of
 * a line's width, cutting and wrapping to a width.
 */

/**
 * Approximate width of a text in a sans-serif font, without a DOM: an average
 * advance of 0.6 em, narrower for spaces and punctuation. Generous on purpose
 * (DejaVu Sans, the fallback on Linux and in the PNG renderer, is wide).
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) {
    if (character === '\u202f' || character === '\u00a0' || character === ' ') ems += 0.3;
    else if (".,;:’'!|il()[]".includes(character)) ems += 0.32;
    else if ('mwMW—%€≈'.includes(character)) ems += 0.86;
    else if (character >= 'A' && character <= 'Z') ems += 0.68;
    else ems += 0.6;
  }
  return ems * fontSize;
}

/** The text cut to fit `maxWidth`, ending with « … » when cut. */
export function truncate(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, fontSize) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Words wrapped into lines of at most `maxWidth` (a single word longer than that gets a line of its own). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
