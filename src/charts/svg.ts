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
import { textWidth, truncate, wrapText } from '../lib/text-width.ts';

// Measuring text is shared with the social cards (src/lib/social-card.ts); the charts import it from here.
export { textWidth, truncate, wrapText };

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

export interface BlockOptions extends TextOptions {
  /** Width available for the lines. */
  maxWidth: number;
  /** Distance between baselines (default 1.3 × size). */
  lineHeight?: number;
  /** At most this many lines: the last one ends with « … » when text is left. */
  maxLines?: number;
}

/**
 * A paragraph of `<text>` lines whose block starts at `top`: words wrapped to
 * `maxWidth`, each line cut to it if a word alone is longer. Returns the
 * markup and the height taken (lines × line height).
 */
export function textBlock(
  x: number,
  top: number,
  content: string,
  options: BlockOptions,
): { markup: string; height: number } {
  const size = options.size ?? 13;
  const lineHeight = options.lineHeight ?? Math.round(size * 1.3);
  let lines = wrapText(content, options.maxWidth, size);
  if (options.maxLines !== undefined && lines.length > options.maxLines) {
    const kept = lines.slice(0, options.maxLines);
    const last = kept.length - 1;
    kept[last] = truncate(`${kept[last] ?? ''} ${lines[last + 1] ?? ''}`, options.maxWidth, size);
    if (!kept[last]?.endsWith('…')) kept[last] = `${kept[last] ?? ''}…`;
    lines = kept;
  }
  const markup = lines
    .map((line, index) =>
      text(
        x,
        top + index * lineHeight + Math.round(lineHeight * 0.75),
        truncate(line, options.maxWidth, size),
        options,
      ),
    )
    .join('');
  return { markup, height: lines.length * lineHeight };
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

/**
 * A legend over as many lines as `maxWidth` needs, the first baseline at `y`
 * (narrow layouts). Returns its markup and the height it takes.
 */
export function legendLines(
  x: number,
  y: number,
  items: readonly LegendItem[],
  maxWidth: number,
  fontSize = NARROW_MIN_FONT,
): { markup: string; height: number } {
  const lineHeight = Math.round(fontSize * 1.75);
  let markup = '';
  let cursor = x;
  let line = 0;
  for (const item of items) {
    const itemWidth = 22 + textWidth(item.label, fontSize);
    if (cursor > x && cursor + itemWidth > x + maxWidth) {
      cursor = x;
      line += 1;
    }
    const baseline = y + line * lineHeight;
    markup += element(
      'g',
      { transform: `translate(${round(cursor)},${round(baseline - 12)})`, 'aria-hidden': 'true' },
      item.key,
    );
    markup += text(cursor + 22, baseline, item.label, { size: fontSize });
    cursor += itemWidth + 16;
  }
  return { markup, height: (line + 1) * lineHeight };
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
    /** Font size of the tick labels (default WIDE_MIN_FONT). */
    size?: number;
    /**
     * Left and right limits of the labels: a label centred on its tick that
     * would cross one is anchored to the tick instead (narrow layouts, where
     * the plot reaches the edges of the drawing).
     */
    bounds?: [number, number];
  },
): string {
  const ticks = scale.ticks(options.ticks ?? 5);
  const size = options.size ?? WIDE_MIN_FONT;
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
    if (options.labels === false) continue;
    const label = options.format(tick);
    const half = textWidth(label, size) / 2;
    let anchor: 'start' | 'middle' | 'end' = 'middle';
    if (options.bounds && x - half < options.bounds[0]) anchor = 'start';
    else if (options.bounds && x + half > options.bounds[1]) anchor = 'end';
    markup += text(x, options.y, label, { size, tone: 'soft', anchor });
  }
  return element('g', { class: 'axis', 'aria-hidden': 'true' }, markup);
}

/**
 * Every chart is drawn twice at build time: `wide` for containers of at least
 * WIDE_FROM CSS pixels, `narrow` below (labels above the marks, one row under
 * the other), and CSS shows one of them (src/components/charts/ChartFigure.astro).
 */
export type ChartLayout = 'wide' | 'narrow';

/**
 * Width of a narrow layout's viewBox. A 320 px phone gives a chart about
 * 288 px (the page's margins), so the drawing is shown at about 0.9 times its size…
 */
export const NARROW_WIDTH = 320;
/** …and its smallest text is 13.5 units: 12.2 px on that phone, never under 12 px. */
export const NARROW_MIN_FONT = 13.5;
/** The smallest text of a wide layout, in viewBox units. */
export const WIDE_MIN_FONT = 12;
/**
 * The container width (CSS px; 52rem in ChartFigure.astro) from which the wide
 * layout is shown: no wide viewBox is wider, so its smallest text (WIDE_MIN_FONT)
 * is never drawn under 12 px. Below it, the narrow layout.
 */
export const WIDE_FROM = 832;

/** What every chart builder takes besides its rows. */
export interface ChartOptions {
  /** Prefix of the ids inside the SVG (unique in the page). */
  id: string;
  title: string;
  /** Width of the viewBox of the wide layout; the SVG scales to its container anyway. */
  width?: number;
  /** `wide` by default; `narrow` draws the phone layout, NARROW_WIDTH wide. */
  layout?: ChartLayout;
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
  /** Which layout this is (a class of the <svg>: `chart-wide` or `chart-narrow`); `wide` by default. */
  layout?: ChartLayout;
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
      class: `chart chart-${options.layout ?? 'wide'}`,
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      'aria-labelledby': `${id}-titre`,
      'aria-describedby': `${id}-desc`,
      'font-family': FONT_FAMILY,
      'font-size': options.layout === 'narrow' ? 14 : 13,
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
