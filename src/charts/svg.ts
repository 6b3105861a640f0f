/**
 * Small SVG-as-text helpers shared by the chart builders: escaping, attribute
 * lists, text measuring without a DOM, the palette, focusable marks, legends,
 * axes and the document frame (title, desc, optional heading and credit for
 * the downloadable file).
 *
 * Colours are written twice on purpose: as presentation attributes (the light
 * palette, which a downloaded SVG or the PNG rendered from it shows as is) and
 * as classes, which the page's CSS maps to variables that follow light and
 * dark mode (CSS beats presentation attributes). No `style` attribute anywhere:
 * the Content-Security-Policy forbids them.
 */
import type { ScaleLinear } from 'd3-scale';
import { escapeXml } from '../lib/xml.ts';

/** Fonts installed with the system only: no web font is ever fetched. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";

/**
 * The light palette, from Okabe & Ito's colour-blind-safe set: blue for
 * persons, vermillion for full-time equivalents, bluish green for euros; each
 * keeps at least 3:1 against white. Marks also differ by shape, texture or
 * label, never by colour alone.
 */
export const PALETTE = {
  background: '#ffffff',
  text: '#1a1a1a',
  textSoft: '#4a4f57',
  grid: '#d4d7dc',
  axis: '#767c85',
  personnes: '#0072B2',
  etp: '#D55E00',
  eur: '#009E73',
  derived: '#4a4f57',
} as const;

/** A colour role: its class (read by the page's CSS) and its light value. */
export type ColourRole = 'personnes' | 'etp' | 'eur' | 'derived';

/** `fill="…" class="c-fill-…"` for a colour role. */
export function fillOf(role: ColourRole): { fill: string; class: string } {
  return { fill: PALETTE[role], class: `c-fill-${role}` };
}

/** `stroke="…" class="c-stroke-…"` for a colour role. */
export function strokeOf(role: ColourRole): { stroke: string; class: string } {
  return { stroke: PALETTE[role], class: `c-stroke-${role}` };
}

/** Rounds coordinates to one decimal so that snapshots stay stable and files small. */
export function round(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

type AttributeValue = string | number | boolean | null | undefined;

/** ` a="1" b="x"`; numbers rounded, null/undefined/false left out, true written as the bare name's value "". */
export function attributes(values: Record<string, AttributeValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === false) continue;
    const text = value === true ? '' : typeof value === 'number' ? round(value) : value;
    out += ` ${name}="${escapeXml(text)}"`;
  }
  return out;
}

/** One element; children are already-escaped markup. */
export function element(name: string, values: Record<string, AttributeValue>, children?: string): string {
  return children === undefined
    ? `<${name}${attributes(values)}/>`
    : `<${name}${attributes(values)}>${children}</${name}>`;
}

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

/** Words wrapped into lines of at most `maxWidth`. */
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

export interface TextOptions {
  /** `soft` for secondary text. */
  tone?: 'normal' | 'soft';
  size?: number;
  bold?: boolean;
  anchor?: 'start' | 'middle' | 'end';
}

/** A `<text>` in the text colour (or the soft one). */
export function text(x: number, y: number, content: string, options: TextOptions = {}): string {
  const soft = options.tone === 'soft';
  return element(
    'text',
    {
      x,
      y,
      class: soft ? 'c-text-soft' : 'c-text',
      fill: soft ? PALETTE.textSoft : PALETTE.text,
      'font-size': options.size,
      'font-weight': options.bold ? 700 : undefined,
      'text-anchor': options.anchor && options.anchor !== 'start' ? options.anchor : undefined,
    },
    escapeXml(content),
  );
}

/** A diamond centred on (x, y): the shape of an official figure in every chart. */
export function diamondPath(x: number, y: number, radius: number): string {
  return `M${round(x)},${round(y - radius)}L${round(x + radius)},${round(y)}L${round(x)},${round(y + radius)}L${round(x - radius)},${round(y)}Z`;
}

/**
 * The id of a hatch pattern in this chart. Texture tells parts apart where
 * colour alone would not (and survives greyscale printing).
 */
export function hatchId(prefix: string, role: ColourRole): string {
  return `${prefix}-hachures-${role}`;
}

/** `<pattern>` definitions: diagonal lines of the role's colour on the background. */
export function hatchDefs(prefix: string, roles: readonly ColourRole[]): string {
  return roles
    .map((role) =>
      element(
        'pattern',
        {
          id: hatchId(prefix, role),
          width: 6,
          height: 6,
          patternUnits: 'userSpaceOnUse',
          patternTransform: 'rotate(45)',
        },
        element('rect', { width: 6, height: 6, class: 'chart-bg', fill: PALETTE.background }) +
          element('line', { x1: 1.5, y1: 0, x2: 1.5, y2: 6, 'stroke-width': 3, ...strokeOf(role) }),
      ),
    )
    .join('');
}

export interface MarkOptions {
  /** The accessible name: it carries the value, so that no tooltip is needed to hear it. */
  label: string;
  /** Lines of the tooltip shown on hover and keyboard focus (progressive enhancement). */
  tooltip: string[];
  /** The row the mark draws, for tests and for the table beside the chart. */
  id: string;
  /** The area outlined when the mark has keyboard focus. */
  focus: { x: number; y: number; width: number; height: number };
}

/**
 * A focusable mark: `tabindex="0"`, `role="img"` and an accessible name that
 * already says the value, plus the tooltip text in `data-tooltip`. The focus
 * ring is a rectangle the CSS strokes on `:focus-visible` (outlines on SVG
 * groups are not drawn reliably).
 */
export function mark(options: MarkOptions, children: string): string {
  const ring = element('rect', {
    class: 'focus-ring',
    x: options.focus.x,
    y: options.focus.y,
    width: options.focus.width,
    height: options.focus.height,
    rx: 4,
    fill: 'none',
    stroke: 'none',
  });
  return element(
    'g',
    {
      class: 'mark',
      tabindex: 0,
      role: 'img',
      'aria-label': options.label,
      'data-id': options.id,
      'data-tooltip': options.tooltip.join('\n'),
    },
    ring + children,
  );
}

export interface LegendItem {
  /** Markup of the key, drawn in a 16 × 16 box whose top-left corner is (0, 0). */
  key: string;
  label: string;
}

/** A one-line legend starting at (x, y); returns its markup and width. */
export function legendRow(
  x: number,
  y: number,
  items: readonly LegendItem[],
  fontSize = 12,
): { markup: string; width: number } {
  let cursor = x;
  let markup = '';
  for (const item of items) {
    markup += element(
      'g',
      { transform: `translate(${round(cursor)},${round(y - 12)})`, 'aria-hidden': 'true' },
      item.key,
    );
    markup += text(cursor + 22, y, item.label, { size: fontSize });
    cursor += 22 + textWidth(item.label, fontSize) + 18;
  }
  return { markup, width: cursor - x };
}

/** A horizontal axis: tick labels at `y`, grid lines from `gridTop` to `gridBottom`. */
export function horizontalAxis(
  scale: ScaleLinear<number, number>,
  options: {
    y: number;
    gridTop: number;
    gridBottom: number;
    format: (value: number) => string;
    ticks?: number;
    labels?: boolean;
  },
): string {
  const ticks = scale.ticks(options.ticks ?? 5);
  let markup = '';
  for (const tick of ticks) {
    const x = scale(tick);
    markup += element('line', {
      x1: x,
      x2: x,
      y1: options.gridTop,
      y2: options.gridBottom,
      class: 'c-grid',
      stroke: PALETTE.grid,
    });
    if (options.labels !== false)
      markup += text(x, options.y, options.format(tick), { size: 11, tone: 'soft', anchor: 'middle' });
  }
  return element('g', { class: 'axis', 'aria-hidden': 'true' }, markup);
}

/** What every chart builder takes besides its rows. */
export interface ChartOptions {
  /** Prefix of the ids inside the SVG (unique in the page). */
  id: string;
  title: string;
  /** Width of the viewBox; the SVG scales to its container anyway. */
  width?: number;
  /** Heading and credit drawn into the downloadable file (see FrameOptions). */
  standalone?: { heading: string; credit: string };
}

export interface FrameOptions {
  /** Prefix of every id in this chart: unique in a page that shows several charts. */
  id: string;
  width: number;
  /** Height of the chart body. */
  height: number;
  title: string;
  desc: string;
  defs?: string;
  body: string;
  /**
   * For the downloadable file: a visible heading above the chart and a credit
   * line below (the image may travel without the page around it).
   */
  standalone?: { heading: string; credit: string };
}

/** The `<svg>` document: viewBox (so that it scales to its container), title, desc, background, body. */
export function svgDocument(options: FrameOptions): string {
  const { id, width, standalone } = options;
  const headingLines = standalone ? wrapText(standalone.heading, width - 40, 17) : [];
  const creditLines = standalone ? wrapText(standalone.credit, width - 40, 11) : [];
  const top = standalone ? 16 + headingLines.length * 22 + 8 : 0;
  const bottom = standalone ? 10 + creditLines.length * 15 + 6 : 0;
  const height = Math.ceil(top + options.height + bottom);
  const heading = headingLines.map((line, index) => text(20, 30 + index * 22, line, { size: 17, bold: true })).join('');
  const credit = creditLines
    .map((line, index) => text(20, top + options.height + 20 + index * 15, line, { size: 11, tone: 'soft' }))
    .join('');
  const body = top === 0 ? options.body : element('g', { transform: `translate(0,${top})` }, options.body);
  return [
    `<svg${attributes({
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'chart',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      'aria-labelledby': `${id}-titre`,
      'aria-describedby': `${id}-desc`,
      'font-family': FONT_FAMILY,
      'font-size': 13,
      'data-chart': id,
    })}>`,
    element('title', { id: `${id}-titre` }, escapeXml(options.title)),
    element('desc', { id: `${id}-desc` }, escapeXml(options.desc)),
    options.defs ? element('defs', {}, options.defs) : '',
    element('rect', { class: 'chart-bg', width, height, fill: PALETTE.background }),
    heading,
    body,
    credit,
    '</svg>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}
