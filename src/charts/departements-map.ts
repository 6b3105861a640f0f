/**
 * The département map: a pure function from département shapes (GeoJSON, in
 * longitude/latitude) and one entry per département (position, link, name) to
 * SVG markup, drawn with d3-geo at build time. No DOM, no `document`.
 *
 * Layout: the mainland and Corsica in a conformal conic projection (as the
 * French Lambert-93: parallels 44° and 49°, centred on 3° E); below it, one
 * framed and labelled inset per overseas département (each in its own Mercator
 * projection and scale), then a zoom on Paris and its inner suburbs, too small
 * to read on the mainland scale.
 *
 * Each département is one `<a>` (named by its `<title>`, « Gironde (33) :
 * financement volontaire ») around one `<path data-code="33">`. The zoom
 * repeats four shapes as a convenience for the mouse: it is hidden from
 * assistive technologies, out of the tab order and carries no `data-code`, so
 * that the map holds exactly one shape per département.
 *
 * Colour is never the only cue: each position has its own texture (dots,
 * hatching, cross-hatching…) defined as SVG patterns with presentation
 * attributes (no `style=""`: the Content-Security-Policy forbids it). The
 * colours are the Okabe–Ito palette, readable by the common colour-vision
 * deficiencies; the page's stylesheet adapts borders, text and the
 * « rien de documenté » fill to dark mode through the classes set here.
 */
import { escapeXml } from '../lib/xml.ts';
import { compactPathData } from './path-data.ts';
import { geoConicConformal, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { POSITIONS, type PositionKey } from '../lib/codes/positions.ts';

/** One département shape with its INSEE code and name. */
export type DepartementFeature = Feature<Polygon | MultiPolygon, { code: string; nom: string }>;

/** What the map shows for one département. */
export interface DepartementMapEntry {
  code: string;
  position: PositionKey;
  /** Where the shape links to: the collectivity's page, or its line in the table of départements. */
  href: string;
  /** Accessible name and tooltip: « Gironde (33) : financement volontaire ». */
  label: string;
}

export interface DepartementsMapOptions {
  /** Title of the SVG (its accessible name). */
  title: string;
  /** Longer description of the SVG. */
  description: string;
  /** Width of the drawing in SVG units; the height follows. */
  width?: number;
  /** Prefix of every id in the markup, so that two maps can share a page. */
  idPrefix?: string;
  /** Codes drawn as insets, in this order (those absent from the features are skipped). */
  insets?: readonly string[];
  /** Shapes repeated at a larger scale in a last box (hidden from assistive technologies). */
  zoom?: { codes: readonly string[]; label: readonly string[] } | null;
  /** Credit line for the geometry, written at the bottom of the drawing. */
  credit?: string;
}

type Texture = 'points' | 'croisillons' | 'diagonales' | 'horizontales' | 'verticales' | 'contre-diagonales' | null;

interface PositionStyle {
  /** Base colour (Okabe–Ito). */
  fill: string;
  texture: Texture;
  /** Colour of the texture marks, chosen for contrast with the base. */
  ink: string;
}

/** Fill and texture of each position; `rien` is plain, its fill follows the theme through CSS. */
export const POSITION_STYLES: Readonly<Record<PositionKey, PositionStyle>> = {
  financement_volontaire: { fill: '#009e73', texture: 'points', ink: '#ffffff' },
  refus_ou_motion: { fill: '#d55e00', texture: 'croisillons', ink: '#ffffff' },
  impaye: { fill: '#e69f00', texture: 'diagonales', ink: '#1a1a1a' },
  mesure_employeur: { fill: '#56b4e9', texture: 'horizontales', ink: '#1a1a1a' },
  mobilisation: { fill: '#cc79a7', texture: 'verticales', ink: '#1a1a1a' },
  compensation: { fill: '#f0e442', texture: 'contre-diagonales', ink: '#1a1a1a' },
  rien: { fill: '#d4d7dc', texture: null, ink: '#1a1a1a' },
};

/** The default overseas insets: Guadeloupe, Martinique, Guyane, La Réunion, Mayotte. */
export const OVERSEAS_CODES = ['971', '972', '973', '974', '976'] as const;
/** The default zoom: Paris and the three départements of the inner suburbs. */
export const PARIS_ZOOM = { codes: ['75', '92', '93', '94'], label: ['Paris et', 'petite couronne'] } as const;

const PATTERN_SIZE = 6;
const BORDER = '#767c85';
/** The outline of every shape, set once on its group (inherited) rather than on each of the 101 paths. */
const SHAPE_STROKE = `stroke="${BORDER}" stroke-width="0.6" stroke-linejoin="round"`;
const PADDING = 4;
const GAP = 10;
const BOX_HEIGHT = 92;
const LABEL_SIZE = 11;
const LABEL_LINE = 13;

function patternId(prefix: string, key: PositionKey): string {
  return `${prefix}-motif-${key}`;
}

/** The marks of one texture tile (PATTERN_SIZE square). */
function textureMarks(texture: Exclude<Texture, null>, ink: string): string {
  const s = PATTERN_SIZE;
  const line = (d: string): string => `<path d="${d}" stroke="${ink}" stroke-width="1" fill="none"/>`;
  switch (texture) {
    case 'points':
      return `<circle cx="${s / 2}" cy="${s / 2}" r="1.4" fill="${ink}"/>`;
    case 'croisillons':
      return line(`M0,0L${s},${s}M${s},0L0,${s}`);
    case 'diagonales':
      return line(`M-1,1L1,-1M0,${s}L${s},0M${s - 1},${s + 1}L${s + 1},${s - 1}`);
    case 'contre-diagonales':
      return line(`M-1,${s - 1}L1,${s + 1}M0,0L${s},${s}M${s - 1},-1L${s + 1},1`);
    case 'horizontales':
      return line(`M0,${s / 2}H${s}`);
    case 'verticales':
      return line(`M${s / 2},0V${s}`);
  }
}

/** `<pattern>` definitions for the textured positions. */
function patternDefs(prefix: string, keys: readonly PositionKey[]): string {
  return keys
    .flatMap((key) => {
      const style = POSITION_STYLES[key];
      if (style.texture === null) return [];
      return [
        `<pattern id="${patternId(prefix, key)}" patternUnits="userSpaceOnUse" width="${PATTERN_SIZE}" height="${PATTERN_SIZE}">` +
          `<rect width="${PATTERN_SIZE}" height="${PATTERN_SIZE}" fill="${style.fill}"/>${textureMarks(style.texture, style.ink)}</pattern>`,
      ];
    })
    .join('');
}

/** Fill attribute of a position: its pattern, or its plain colour. */
function fillOf(prefix: string, key: PositionKey): string {
  return POSITION_STYLES[key].texture === null ? POSITION_STYLES[key].fill : `url(#${patternId(prefix, key)})`;
}

interface ShapeOptions {
  prefix: string;
  projection: GeoProjection;
  /** True for the decorative zoom copy: hidden, not tabbable, no data-code. */
  copy?: boolean;
}

function shapeMarkup(
  feature: DepartementFeature,
  entry: DepartementMapEntry,
  { prefix, projection, copy = false }: ShapeOptions,
): string {
  const d = compactPathData(geoPath(projection).digits(1)(feature) ?? '');
  const code = copy ? `data-zoom-code="${escapeXml(entry.code)}"` : `data-code="${escapeXml(entry.code)}"`;
  const link = copy ? ` tabindex="-1"` : '';
  return (
    `<a href="${escapeXml(entry.href)}"${link}><title>${escapeXml(entry.label)}</title>` +
    `<path ${code} data-position="${entry.position}" class="departement position-${entry.position}" d="${d}" ` +
    `fill="${fillOf(prefix, entry.position)}"/></a>`
  );
}

function collection(features: readonly DepartementFeature[]): FeatureCollection<Polygon | MultiPolygon> {
  return { type: 'FeatureCollection', features: [...features] };
}

function labelMarkup(lines: readonly string[], x: number, y: number): string {
  const tspans = lines
    .map((line, index) => `<tspan x="${x}" dy="${index === 0 ? 0 : LABEL_LINE}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text class="carte-texte" x="${x}" y="${y}" text-anchor="middle" font-size="${LABEL_SIZE}" fill="currentColor" stroke="none">${tspans}</text>`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * SVG markup of the map. Every feature is drawn once, in the order given (which
 * is the keyboard order); a feature without entry is an error, since the map
 * must say something about every département.
 */
export function departementsMapSvg(
  features: readonly DepartementFeature[],
  entries: ReadonlyMap<string, DepartementMapEntry>,
  options: DepartementsMapOptions,
): string {
  const width = options.width ?? 640;
  const prefix = options.idPrefix ?? 'carte';
  const insetCodes = options.insets ?? OVERSEAS_CODES;
  const zoom = options.zoom === undefined ? PARIS_ZOOM : options.zoom;
  const entryOf = (feature: DepartementFeature): DepartementMapEntry => {
    const entry = entries.get(feature.properties.code);
    if (!entry) throw new Error(`Carte des départements : aucune entrée pour le code ${feature.properties.code}`);
    return entry;
  };

  const mainland = features.filter((feature) => !insetCodes.includes(feature.properties.code));
  const insets = insetCodes.flatMap((code) => features.filter((feature) => feature.properties.code === code));
  const zoomed = zoom
    ? zoom.codes.flatMap((code) => features.filter((feature) => feature.properties.code === code))
    : [];

  const mainProjection = geoConicConformal().parallels([44, 49]).rotate([-3, 0]);
  let mainHeight = 0;
  if (mainland.length > 0) {
    mainProjection.fitWidth(width - 2 * PADDING, collection(mainland));
    const [[, y0], [, y1]] = geoPath(mainProjection).bounds(collection(mainland));
    mainProjection.translate([mainProjection.translate()[0] + PADDING, mainProjection.translate()[1] - y0 + PADDING]);
    mainHeight = y1 - y0 + 2 * PADDING;
  }

  const boxCount = insets.length + (zoomed.length > 0 ? 1 : 0);
  const boxWidth = boxCount > 0 ? (width - 2 * PADDING - (boxCount - 1) * GAP) / boxCount : 0;
  const boxTop = mainHeight + GAP;
  const labelLines = Math.max(1, zoomed.length > 0 && zoom ? zoom.label.length : 1);
  const rowHeight = boxCount > 0 ? GAP + BOX_HEIGHT + 6 + labelLines * LABEL_LINE : 0;
  const creditHeight = options.credit ? LABEL_LINE + 4 : 0;
  const height = Math.ceil(mainHeight + rowHeight + creditHeight + PADDING);

  const boxes: string[] = [];
  const boxLeft = (index: number): number => PADDING + index * (boxWidth + GAP);
  const frame = (x: number): string =>
    `<rect class="carte-cadre" x="${round(x)}" y="${round(boxTop)}" width="${round(boxWidth)}" height="${BOX_HEIGHT}" fill="none" stroke="${BORDER}" stroke-width="1"/>`;
  const labelY = boxTop + BOX_HEIGHT + 6 + LABEL_SIZE - 2;
  const inner = (x: number): [[number, number], [number, number]] => [
    [x + 6, boxTop + 6],
    [x + boxWidth - 6, boxTop + BOX_HEIGHT - 6],
  ];

  insets.forEach((feature, index) => {
    const x = boxLeft(index);
    const projection = geoMercator().fitExtent(inner(x), feature);
    const entry = entryOf(feature);
    boxes.push(
      `<g class="carte-encart" data-encart="${escapeXml(entry.code)}" ${SHAPE_STROKE}>${frame(x)}` +
        `${shapeMarkup(feature, entry, { prefix, projection })}` +
        `${labelMarkup([`${feature.properties.nom} (${feature.properties.code})`], round(x + boxWidth / 2), round(labelY))}</g>`,
    );
  });
  if (zoom && zoomed.length > 0) {
    const x = boxLeft(insets.length);
    const projection = geoConicConformal().parallels([44, 49]).rotate([-3, 0]).fitExtent(inner(x), collection(zoomed));
    boxes.push(
      `<g class="carte-zoom" aria-hidden="true" ${SHAPE_STROKE}>${frame(x)}` +
        zoomed.map((feature) => shapeMarkup(feature, entryOf(feature), { prefix, projection, copy: true })).join('') +
        `${labelMarkup(zoom.label, round(x + boxWidth / 2), round(labelY))}</g>`,
    );
  }

  const usedPositions = POSITIONS.map((position) => position.key).filter((key) =>
    features.some((feature) => entryOf(feature).position === key),
  );
  const credit = options.credit
    ? `<text class="carte-texte carte-credit" x="${PADDING}" y="${height - PADDING - 2}" font-size="10" fill="currentColor">${escapeXml(options.credit)}</text>`
    : '';

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="carte-departements" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `role="group" aria-labelledby="${prefix}-titre" aria-describedby="${prefix}-description">` +
    `<title id="${prefix}-titre">${escapeXml(options.title)}</title>` +
    `<desc id="${prefix}-description">${escapeXml(options.description)}</desc>` +
    `<defs>${patternDefs(prefix, usedPositions)}</defs>` +
    `<g class="carte-metropole" ${SHAPE_STROKE}>${mainland.map((feature) => shapeMarkup(feature, entryOf(feature), { prefix, projection: mainProjection })).join('')}</g>` +
    boxes.join('') +
    credit +
    `</svg>`
  );
}

/**
 * A small legend swatch for one position, with its own pattern (so that it
 * works anywhere on the page). Decorative: the legend's text says the same.
 */
export function positionSwatchSvg(key: PositionKey, idPrefix = 'legende'): string {
  const style = POSITION_STYLES[key];
  const id = `${idPrefix}-${key}`;
  const defs =
    style.texture === null
      ? ''
      : `<defs><pattern id="${id}" patternUnits="userSpaceOnUse" width="${PATTERN_SIZE}" height="${PATTERN_SIZE}">` +
        `<rect width="${PATTERN_SIZE}" height="${PATTERN_SIZE}" fill="${style.fill}"/>${textureMarks(style.texture, style.ink)}</pattern></defs>`;
  const fill = style.texture === null ? style.fill : `url(#${id})`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="carte-pastille" viewBox="0 0 30 20" width="30" height="20" aria-hidden="true" focusable="false">` +
    `${defs}<rect class="departement position-${key}" x="0.5" y="0.5" width="29" height="19" fill="${fill}" stroke="${BORDER}" stroke-width="1"/></svg>`
  );
}
