/**
 * The social card of one figure (a chart's, a key figure's, a year's): a
 * 1200 × 675 picture that link previews show, with the figure, its unit, its
 * date, its status when it is not confirmed, and its source line. Composed
 * here as SVG text — a pure function of the card's words, no data read, no
 * font or image fetched (DejaVu Sans on Debian) — and turned into a PNG at
 * build time by src/views/cards/social-card-png.ts.
 *
 * The layout adapts to the words: the figure takes the largest size at which
 * it fits on one line (down to a floor, then wraps), long titles, units and
 * source lines wrap and are cut with « … » past their lines.
 */
import { escapeXml } from './xml.ts';
import { textWidth, truncate, wrapText } from './text-width.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 675;

/** The words of a card. */
export interface SocialCard {
  /** What the figure is: « Exclus selon le rapport officiel », a chart's title. */
  title: string;
  /** The figure as it reads: « 120 800 », « ≈ 700 000 », « 484 M€ », « 29 janvier 2026 ». */
  figure: string;
  /** Its unit and what it counts (« équivalents temps plein (ETP) exclus des 183 € »), or null. */
  unit: string | null;
  /** When the figure was published or applies (« décembre 2023 »), or null. */
  date: string | null;
  /** Where it comes from: « Source : Assemblée nationale, « Rapport … » ». */
  source: string;
  /** What the reader must know when it is not confirmed (« source unique », « incertain »), or null. */
  status?: string | null;
}

/** Who publishes the card: written on top (name) and at the bottom (address). */
export interface CardPublisher {
  name: string;
  /** The site's host name (« exemple.fr »). */
  host: string;
}

const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
const COLOURS = {
  ground: '#14345c',
  gold: '#f2c46b',
  text: '#ffffff',
  soft: '#e6edf7',
  softer: '#c7d5ea',
} as const;
const LEFT = 80;
const TEXT_WIDTH = CARD_WIDTH - LEFT - 60;
/** Bold text is wider than textWidth's estimate. */
const BOLD = 1.08;
/** Sizes tried for the figure, largest first; below the last, it wraps. */
const FIGURE_SIZES = [168, 148, 128, 112, 96, 84, 72] as const;

function textElement(content: string, x: number, y: number, size: number, fill: string, bold = false): string {
  return `<text x="${x}" y="${Math.round(y)}" font-family="${FONT}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="${fill}">${escapeXml(content)}</text>`;
}

/** Lines of `text` at `size` within `width`, at most `maxLines`, the last cut with « … » when text is left. */
export function cardLines(text: string, width: number, size: number, maxLines: number, bold = false): string[] {
  const measured = bold ? size * BOLD : size;
  const lines = wrapText(text, width, measured).map((line) => truncate(line, width, measured));
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = `${kept[maxLines - 1] ?? ''} ${lines[maxLines] ?? ''}`;
  const cut = truncate(last, width, measured);
  kept[maxLines - 1] = cut.endsWith('…') ? cut : `${cut}…`;
  return kept;
}

/**
 * The figure's size and lines: the largest size at which it fits on one line
 * and in `maxHeight`, else two lines at the smallest size.
 */
function figureLayout(figure: string, maxHeight: number): { size: number; lines: string[] } {
  for (const size of FIGURE_SIZES) {
    if (textWidth(figure, size * BOLD) <= TEXT_WIDTH && size * 1.02 <= maxHeight) return { size, lines: [figure] };
  }
  const size = FIGURE_SIZES[FIGURE_SIZES.length - 1] ?? 72;
  return { size, lines: cardLines(figure, TEXT_WIDTH, size, 2, true) };
}

/** The card as an SVG document, 1200 × 675. */
export function socialCardSvg(card: SocialCard, publisher: CardPublisher): string {
  const parts: string[] = [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOURS.ground}"/>`,
    `<rect x="0" y="0" width="24" height="${CARD_HEIGHT}" fill="${COLOURS.gold}"/>`,
    textElement(publisher.name, LEFT, 84, 30, COLOURS.gold, true),
  ];

  // Bottom up: the address, then the source line above it.
  const hostY = CARD_HEIGHT - 40;
  parts.push(textElement(publisher.host, LEFT, hostY, 24, COLOURS.softer));
  const sourceLines = cardLines(card.source, TEXT_WIDTH, 24, 2);
  const sourceTop = hostY - 44 - (sourceLines.length - 1) * 32;
  sourceLines.forEach((line, index) => parts.push(textElement(line, LEFT, sourceTop + index * 32, 24, COLOURS.softer)));

  // Top down: title, figure, unit, date and status; the figure shrinks until all of it fits above the source.
  const titleLines = cardLines(card.title, TEXT_WIDTH, 40, 2, true);
  const titleTop = 150;
  const afterTitle = titleTop + (titleLines.length - 1) * 50;
  const unitLines = card.unit ? cardLines(card.unit, TEXT_WIDTH, 34, 2) : [];
  // The date, then the status in a pill: on one line when both fit, else the pill goes under the date.
  const pill = card.status ? truncate(card.status, TEXT_WIDTH - 32, 26 * BOLD) : null;
  const pillWidth = pill ? textWidth(pill, 26 * BOLD) + 32 : 0;
  const dateWidth = card.date ? textWidth(card.date, 32) + 24 : 0;
  const pillOnDateLine = pill !== null && card.date !== null && dateWidth + pillWidth <= TEXT_WIDTH;
  const dateLines = (card.date ? 1 : 0) + (pill && !pillOnDateLine ? 1 : 0);
  const room = sourceTop - 40;
  const below = 8 + unitLines.length * 44 + dateLines * 56;
  const figure = figureLayout(card.figure, room - (afterTitle + 24) - below);

  titleLines.forEach((line, index) =>
    parts.push(textElement(line, LEFT, titleTop + index * 50, 40, COLOURS.text, true)),
  );
  let y = afterTitle + 24;
  for (const line of figure.lines) {
    y += figure.size * 0.94;
    parts.push(textElement(line, LEFT - 4, y, figure.size, COLOURS.text, true));
    y += figure.size * 0.08;
  }
  y += 8;
  for (const line of unitLines) {
    y += 44;
    parts.push(textElement(line, LEFT, y, 34, COLOURS.soft));
  }
  if (card.date) {
    y += 56;
    parts.push(textElement(card.date, LEFT, y, 32, COLOURS.soft));
  }
  if (pill) {
    let x = LEFT;
    if (pillOnDateLine) x += dateWidth;
    else y += 56;
    parts.push(
      `<rect x="${Math.round(x)}" y="${Math.round(y - 32)}" width="${Math.round(pillWidth)}" height="42" rx="21" fill="${COLOURS.gold}"/>`,
      textElement(pill, Math.round(x + 16), y - 2, 26, COLOURS.ground, true),
    );
  }

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** The card in words, for `og:image:alt`: everything it shows, in reading order. */
export function socialCardAlt(card: SocialCard): string {
  return [
    `${card.title} : ${card.figure}${card.unit ? ` ${card.unit}` : ''}`,
    [card.date, card.status].filter(Boolean).join(', '),
    card.source,
  ]
    .filter((part) => part !== '')
    .join('. ')
    .replace(/\.\./g, '.');
}

/** What a page's Open Graph and Twitter tags say about its preview image. */
export interface SocialImage {
  /** Site path of the PNG (`/og/…png`); the layout makes it absolute. */
  path: string;
  width: number;
  height: number;
  /** The text of the image, for `og:image:alt` and `twitter:image:alt`. */
  alt: string;
}

/** The preview-image tags of a page whose card is served at `path`. */
export function socialImage(path: string, card: SocialCard): SocialImage {
  return { path, width: CARD_WIDTH, height: CARD_HEIGHT, alt: socialCardAlt(card) };
}
