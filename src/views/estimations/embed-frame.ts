/**
 * The default height of an embed's <iframe>, for hosts that run no script:
 * computed at build time from the sizes of the chart's two drawings (their
 * viewBox) and from the text around them, at every width a host's frame is
 * likely to have, and the largest kept. So the whole page — title, chart,
 * summary, link back, sources, citation — shows without an inner scrollbar
 * at any of those widths; a host that runs the snippet gets the exact height
 * instead (src/client/embed-height.ts).
 *
 * EMBED_STYLE repeats, in CSS pixels, the styles of the embed page
 * (src/pages/embed/[chart]/index.astro, EmbedLayout.astro, ChartFigure.astro):
 * change one, change the other. The browser tests check the result at 360,
 * 700 and 1 200 px. Text widths are estimated on the generous side
 * (textWidth, DejaVu Sans being wide), so that the estimate errs on a little
 * white space at the bottom rather than on a scrollbar.
 */
import { NARROW_WIDTH, WIDE_FROM, textWidth } from '../../charts/svg.ts';

/** Widths of the host's frame (CSS px) the height is computed for: phones, an article column, the layout switch, a wide page. */
export const FRAME_WIDTHS = [320, 360, 414, 480, 600, 700, WIDE_FROM + 24, 1000, 1200] as const;

/** The embed page's measures, in CSS px (root font 16 px). */
export const EMBED_STYLE = {
  /** main.embed-main: padding 0.5rem 0.75rem 0.75rem. */
  paddingTop: 8,
  paddingBottom: 12,
  paddingInline: 12,
  /** h1: 1.25rem, line-height 1.2, margin-bottom 0.75rem. */
  title: { size: 20, lineHeight: 24, after: 12, bold: true },
  /** The narrow drawing is at most its own width, 20rem, in an embed (`fit="natural"`). */
  narrowMaxWidth: 320,
  /** figcaption: margin-top 0.5rem, 1rem, line-height 1.5, at most 72ch; the figure's margin-bottom 0.75rem. */
  summary: { before: 8, size: 16, lineHeight: 24, after: 12, maxChars: 72 },
  /** The link back, the sources and the one-line citation: 0.9rem, line-height 1.55, margin-bottom 0.75rem. */
  small: { size: 14.4, lineHeight: 22.4, after: 12, maxChars: 72 },
  /** The « Copier » button of the citation (44 px at least, shown when scripts run) and the gap above it. */
  copyButton: 44 + 4,
} as const;

/** Width of a « 0 » (1ch) in em, on the narrow side: a measure in ch then holds fewer characters, so more lines. */
const CH_EM = 0.55;
/** Margin on every estimated text width (fonts differ between systems). */
const TEXT_SAFETY = 1.1;

/** The size of a drawing, from its viewBox. */
export interface DrawingSize {
  width: number;
  height: number;
}

/** What an embed page shows, as text and drawings. */
export interface EmbedContent {
  title: string;
  wide: DrawingSize;
  narrow: DrawingSize;
  /** The figure's caption. */
  summary: string;
  /** The small paragraphs under the figure, in order: link back, sources, one-line citation. */
  paragraphs: readonly string[];
}

/**
 * How many lines a text takes in a box `maxWidth` wide at `size` px: words
 * wrapped greedily, a word longer than a line (an address) broken over as
 * many lines as it needs (`overflow-wrap: anywhere`).
 */
export function lineCount(text: string, maxWidth: number, size: number, bold = false): number {
  const measure = (words: string): number => textWidth(words, size) * TEXT_SAFETY * (bold ? 1.08 : 1);
  let lines = 0;
  let current = 0;
  for (const word of text.split(/[ \n]+/).filter(Boolean)) {
    const width = measure(word);
    const spaced = current === 0 ? width : current + measure(' ') + width;
    if (spaced <= maxWidth) {
      current = spaced;
      continue;
    }
    if (current > 0) lines += 1;
    if (width > maxWidth) {
      lines += Math.ceil(width / maxWidth) - 1;
      current = width - (Math.ceil(width / maxWidth) - 1) * maxWidth;
    } else {
      current = width;
    }
  }
  return lines + (current > 0 ? 1 : 0);
}

/** The drawn height of the chart in a frame `frameWidth` wide: the layout CSS shows there, at its drawn width. */
export function chartHeight(content: EmbedContent, frameWidth: number): number {
  const inner = frameWidth - 2 * EMBED_STYLE.paddingInline;
  if (inner >= WIDE_FROM) {
    const drawn = Math.min(content.wide.width, inner);
    return (content.wide.height * drawn) / content.wide.width;
  }
  const drawn = Math.min(EMBED_STYLE.narrowMaxWidth, inner);
  return (content.narrow.height * drawn) / (content.narrow.width || NARROW_WIDTH);
}

/** The estimated height of the embed page in a frame `frameWidth` wide, scripts running (the copy button shown). */
export function embedPageHeight(content: EmbedContent, frameWidth: number): number {
  const inner = frameWidth - 2 * EMBED_STYLE.paddingInline;
  const { title, summary, small } = EMBED_STYLE;
  const measureOf = (size: number, maxChars: number) => Math.min(inner, maxChars * CH_EM * size);
  let height = EMBED_STYLE.paddingTop;
  height += lineCount(content.title, inner, title.size, title.bold) * title.lineHeight + title.after;
  height += chartHeight(content, frameWidth);
  height +=
    summary.before +
    lineCount(content.summary, measureOf(summary.size, summary.maxChars), summary.size) * summary.lineHeight +
    summary.after;
  for (const paragraph of content.paragraphs) {
    height += lineCount(paragraph, measureOf(small.size, small.maxChars), small.size) * small.lineHeight + small.after;
  }
  height += EMBED_STYLE.copyButton + EMBED_STYLE.paddingBottom;
  return height;
}

/** The <iframe>'s default height: the tallest the page gets at any of FRAME_WIDTHS, rounded up to 10 px. */
export function embedFrameHeight(content: EmbedContent): number {
  const tallest = Math.max(...FRAME_WIDTHS.map((width) => embedPageHeight(content, width)));
  return Math.ceil(tallest / 10) * 10;
}
