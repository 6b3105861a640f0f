/**
 * The département map: a pure function from département shapes (GeoJSON, in
 * longitude/latitude) and one entry per département (category, link, name,
 * and for a view of counts, a count) to SVG markup, drawn with d3-geo at
 * build time. No DOM, no `document`.
 *
 * Layout: the mainland and Corsica in one SVG, in a conformal conic projection
 * (as the French Lambert-93: parallels 44° and 49°, centred on 3° E). Each
 * overseas département is its own small SVG (its own Mercator projection and
 * scale), and so is a zoom on Paris and its inner suburbs: the page lays them
 * out in a grid with HTML labels, which stay legible on a phone however small
 * the drawing gets.
 *
 * Each département is one `<a>` (named by its `<title>`, « Allier (03) : rien
 * versé, selon un recensement — Axess… ») around one `<path data-code="03">`.
 * The zoom repeats four shapes as a convenience for the mouse: it is hidden
 * from assistive technologies, out of the tab order and carries no
 * `data-code`, so that the drawings hold exactly one shape per département.
 *
 * Colour is never the only cue: each answer has its own texture (dots,
 * hatching, cross-hatching…), defined once as SVG patterns with presentation
 * attributes (no `style=""`: the Content-Security-Policy forbids it) in the
 * main drawing, which the insets of the same page use too. The colours are the
 * Okabe–Ito palette, readable by the common colour-vision deficiencies; the
 * page's stylesheet adapts borders, text and the neutral fills to dark mode
 * through the classes set here. A view of counts (mobilisations) draws a
 * circle whose area grows with the count on a neutral map: a mark, never a
 * colour.
 */
import { escapeXml } from '../lib/xml.ts';
import { compactPathData } from './path-data.ts';
import { geoConicConformal, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** One département shape with its INSEE code and name. */
export type DepartementFeature = Feature<Polygon | MultiPolygon, { code: string; nom: string }>;

/** What the map shows for one département. */
export interface DepartementMapEntry {
  code: string;
  /** Its category in the view: the key of its style. */
  category: string;
  /** Where the shape links to. */
  href: string;
  /** Accessible name and tooltip: « Allier (03) : rien versé, selon un recensement ». */
  label: string;
  /** For a view of counts: the number drawn as a circle (0 or absent: no circle). */
  count?: number;
}

export type Texture =
  'points' | 'points-fins' | 'croisillons' | 'diagonales' | 'horizontales' | 'verticales' | 'contre-diagonales' | null;

export interface CategoryStyle {
  /** Base colour (Okabe–Ito, or a neutral grey that the stylesheet adapts to the theme). */
  fill: string;
  texture: Texture;
  /** Colour of the texture marks, chosen for contrast with the base. */
  ink: string;
}

export interface DepartementsMapOptions {
  /** Title of the main SVG (its accessible name). */
  title: string;
  /** Longer description of the main SVG. */
  description: string;
  /** The style of each category the entries use. */
  styles: ReadonlyMap<string, CategoryStyle>;
  /** Width of the main drawing in SVG units; the height follows. */
  width?: number;
  /** Prefix of every id in the markup, so that two maps can share a page. */
  idPrefix?: string;
  /** Codes drawn as insets, in this order (those absent from the features are skipped). */
  insets?: readonly string[];
  /** Shapes repeated at a larger scale in a last inset (hidden from assistive technologies). */
  zoom?: { codes: readonly string[]; label: string } | null;
  /** Credit line for the geometry, written at the bottom of the main drawing. */
  credit?: string;
}

/** One inset: its own SVG, and the label the page writes under it. */
export interface MapInset {
  /** The département's code, or null for the zoom. */
  code: string | null;
  /** « Guadeloupe (971) », « Paris et petite couronne ». */
  label: string;
  svg: string;
  /** True for the zoom: a repeat, hidden from assistive technologies. */
  decorative: boolean;
}

export interface DepartementsMapMarkup {
  /** The mainland and Corsica, with the patterns every drawing of the page uses. */
  main: string;
  insets: readonly MapInset[];
}

/** The default overseas insets: Guadeloupe, Martinique, Guyane, La Réunion, Mayotte. */
export const OVERSEAS_CODES = ['971', '972', '973', '974', '976'] as const;
/** The default zoom: Paris and the three départements of the inner suburbs. */
export const PARIS_ZOOM = { codes: ['75', '92', '93', '94'], label: 'Paris et petite couronne' } as const;

const PATTERN_SIZE = 6;
const BORDER = '#767c85';
/** The outline of every shape, set once on its group (inherited) rather than on each path. */
const SHAPE_STROKE = `stroke="${BORDER}" stroke-width="0.6" stroke-linejoin="round"`;
const PADDING = 4;
const INSET_WIDTH = 140;
const INSET_HEIGHT = 100;
/** Colour of the count circles (Okabe–Ito reddish purple), with a light halo to detach them from the shapes. */
const MARK_FILL = '#cc79a7';
const MARK_STROKE = '#ffffff';

/** Radius of a count circle: its area grows with the count. */
export function markRadius(count: number, width = 640): number {
  return Math.round((width / 640) * 4 * Math.sqrt(count) * 10) / 10;
}

function patternId(prefix: string, key: string): string {
  return `${prefix}-motif-${key}`;
}

/** The marks of one texture tile (PATTERN_SIZE square). */
function textureMarks(texture: Exclude<Texture, null>, ink: string): string {
  const s = PATTERN_SIZE;
  const line = (d: string): string => `<path d="${d}" stroke="${ink}" stroke-width="1" fill="none"/>`;
  switch (texture) {
    case 'points':
      return `<circle cx="${s / 2}" cy="${s / 2}" r="1.4" fill="${ink}"/>`;
    case 'points-fins':
      return `<circle cx="${s / 2}" cy="${s / 2}" r="0.7" fill="${ink}"/>`;
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

/** The `<pattern>` of a textured category (empty for a plain one), under the given id. */
export function patternMarkup(id: string, key: string, style: CategoryStyle): string {
  if (style.texture === null) return '';
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${PATTERN_SIZE}" height="${PATTERN_SIZE}">` +
    `<rect class="motif-fond motif-fond-${escapeXml(key)}" width="${PATTERN_SIZE}" height="${PATTERN_SIZE}" fill="${style.fill}"/>${textureMarks(style.texture, style.ink)}</pattern>`
  );
}

function styleOf(styles: ReadonlyMap<string, CategoryStyle>, key: string): CategoryStyle {
  const style = styles.get(key);
  if (!style) throw new Error(`Carte des départements : aucun style pour la catégorie « ${key} »`);
  return style;
}

/** Fill attribute of a category: its pattern, or its plain colour. */
function fillOf(prefix: string, key: string, style: CategoryStyle): string {
  return style.texture === null ? style.fill : `url(#${patternId(prefix, key)})`;
}

interface ShapeOptions {
  prefix: string;
  projection: GeoProjection;
  styles: ReadonlyMap<string, CategoryStyle>;
  /** True for the decorative zoom copy: not tabbable, no data-code. */
  copy?: boolean;
}

function shapeMarkup(
  feature: DepartementFeature,
  entry: DepartementMapEntry,
  { prefix, projection, styles, copy = false }: ShapeOptions,
): string {
  const d = compactPathData(geoPath(projection).digits(1)(feature) ?? '');
  const code = copy ? `data-zoom-code="${escapeXml(entry.code)}"` : `data-code="${escapeXml(entry.code)}"`;
  const link = copy ? ` tabindex="-1"` : '';
  const key = escapeXml(entry.category);
  return (
    `<a href="${escapeXml(entry.href)}"${link}><title>${escapeXml(entry.label)}</title>` +
    `<path ${code} data-categorie="${key}" class="departement categorie-${key}" d="${d}" ` +
    `fill="${fillOf(prefix, entry.category, styleOf(styles, entry.category))}"/></a>`
  );
}

/** A count circle at the shape's centroid, or nothing. Decorative: the shape's name says the count. */
function markMarkup(feature: DepartementFeature, entry: DepartementMapEntry, projection: GeoProjection): string {
  if (!entry.count) return '';
  const [x, y] = geoPath(projection).centroid(feature);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return '';
  return `<circle class="carte-marque" cx="${round(x)}" cy="${round(y)}" r="${markRadius(entry.count)}" fill="${MARK_FILL}" fill-opacity="0.85" stroke="${MARK_STROKE}" stroke-width="1"/>`;
}

/** Count circles, hidden from assistive technologies (the shapes' names say the counts). */
function hiddenMarks(marks: string): string {
  return marks ? `<g class="carte-marques" aria-hidden="true">${marks}</g>` : '';
}

function collection(features: readonly DepartementFeature[]): FeatureCollection<Polygon | MultiPolygon> {
  return { type: 'FeatureCollection', features: [...features] };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * SVG markup of the map. Every feature is drawn once, in the order given
 * (the keyboard order); a feature without entry is an error, since the map
 * must say something about every département.
 */
export function departementsMap(
  features: readonly DepartementFeature[],
  entries: ReadonlyMap<string, DepartementMapEntry>,
  options: DepartementsMapOptions,
): DepartementsMapMarkup {
  const width = options.width ?? 640;
  const prefix = options.idPrefix ?? 'carte';
  const insetCodes = options.insets ?? OVERSEAS_CODES;
  const zoom = options.zoom === undefined ? PARIS_ZOOM : options.zoom;
  const entryOf = (feature: DepartementFeature): DepartementMapEntry => {
    const entry = entries.get(feature.properties.code);
    if (!entry) throw new Error(`Carte des départements : aucune entrée pour le code ${feature.properties.code}`);
    return entry;
  };
  const shapeOptions = (projection: GeoProjection, copy = false): ShapeOptions => ({
    prefix,
    projection,
    styles: options.styles,
    copy,
  });

  const mainland = features.filter((feature) => !insetCodes.includes(feature.properties.code));
  const overseas = insetCodes.flatMap((code) => features.filter((feature) => feature.properties.code === code));
  const zoomed = zoom
    ? zoom.codes.flatMap((code) => features.filter((feature) => feature.properties.code === code))
    : [];

  const mainProjection = geoConicConformal().parallels([44, 49]).rotate([-3, 0]);
  let mainHeight = 2 * PADDING;
  if (mainland.length > 0) {
    mainProjection.fitWidth(width - 2 * PADDING, collection(mainland));
    const [[, y0], [, y1]] = geoPath(mainProjection).bounds(collection(mainland));
    mainProjection.translate([mainProjection.translate()[0] + PADDING, mainProjection.translate()[1] - y0 + PADDING]);
    mainHeight = y1 - y0 + 2 * PADDING;
  }
  const creditHeight = options.credit ? 16 : 0;
  const height = Math.ceil(mainHeight + creditHeight);

  const usedCategories = [...new Set(features.map((feature) => entryOf(feature).category))];
  const defs = usedCategories
    .map((key) => patternMarkup(patternId(prefix, key), key, styleOf(options.styles, key)))
    .join('');
  const credit = options.credit
    ? `<text class="carte-texte carte-credit" x="${PADDING}" y="${height - PADDING - 2}" font-size="10" fill="currentColor" stroke="none">${escapeXml(options.credit)}</text>`
    : '';
  const marks = mainland.map((feature) => markMarkup(feature, entryOf(feature), mainProjection)).join('');

  const main =
    `<svg xmlns="http://www.w3.org/2000/svg" class="carte-departements" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `role="group" aria-labelledby="${prefix}-titre" aria-describedby="${prefix}-description">` +
    `<title id="${prefix}-titre">${escapeXml(options.title)}</title>` +
    `<desc id="${prefix}-description">${escapeXml(options.description)}</desc>` +
    `<defs>${defs}</defs>` +
    `<g class="carte-metropole" ${SHAPE_STROKE}>${mainland.map((feature) => shapeMarkup(feature, entryOf(feature), shapeOptions(mainProjection))).join('')}</g>` +
    hiddenMarks(marks) +
    credit +
    `</svg>`;

  const extent: [[number, number], [number, number]] = [
    [6, 6],
    [INSET_WIDTH - 6, INSET_HEIGHT - 6],
  ];
  const insetSvg = (body: string, attributes: string): string =>
    `<svg xmlns="http://www.w3.org/2000/svg" class="carte-encart" viewBox="0 0 ${INSET_WIDTH} ${INSET_HEIGHT}" width="${INSET_WIDTH}" height="${INSET_HEIGHT}" ${attributes}>` +
    `<rect class="carte-cadre" x="0.5" y="0.5" width="${INSET_WIDTH - 1}" height="${INSET_HEIGHT - 1}" fill="none" stroke="${BORDER}" stroke-width="1"/>` +
    `${body}</svg>`;

  const insets: MapInset[] = overseas.map((feature) => {
    const projection = geoMercator().fitExtent(extent, feature);
    const entry = entryOf(feature);
    const label = `${feature.properties.nom} (${feature.properties.code})`;
    return {
      code: entry.code,
      label,
      decorative: false,
      svg: insetSvg(
        `<g ${SHAPE_STROKE}>${shapeMarkup(feature, entry, shapeOptions(projection))}</g>${hiddenMarks(markMarkup(feature, entry, projection))}`,
        `role="group" aria-label="${escapeXml(label)}" data-encart="${escapeXml(entry.code)}"`,
      ),
    };
  });
  if (zoom && zoomed.length > 0) {
    const projection = geoConicConformal().parallels([44, 49]).rotate([-3, 0]).fitExtent(extent, collection(zoomed));
    insets.push({
      code: null,
      label: zoom.label,
      decorative: true,
      svg: insetSvg(
        `<g ${SHAPE_STROKE}>${zoomed.map((feature) => shapeMarkup(feature, entryOf(feature), shapeOptions(projection, true))).join('')}</g>` +
          zoomed.map((feature) => markMarkup(feature, entryOf(feature), projection)).join(''),
        `aria-hidden="true" focusable="false" data-zoom="oui"`,
      ),
    });
  }
  return { main, insets };
}

/**
 * A small legend swatch for one category, with its own pattern (so that it
 * works anywhere on the page). Decorative: the legend's text says the same.
 */
export function categorySwatchSvg(key: string, style: CategoryStyle, idPrefix = 'legende'): string {
  const id = `${idPrefix}-${key}`;
  const defs = style.texture === null ? '' : `<defs>${patternMarkup(id, key, style)}</defs>`;
  const fill = style.texture === null ? style.fill : `url(#${id})`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="carte-pastille" viewBox="0 0 30 20" width="30" height="20" aria-hidden="true" focusable="false">` +
    `${defs}<rect class="departement categorie-${escapeXml(key)}" x="0.5" y="0.5" width="29" height="19" fill="${fill}" stroke="${BORDER}" stroke-width="1"/></svg>`
  );
}

/** A legend swatch for a count circle of the given count. Decorative. */
export function markSwatchSvg(count: number): string {
  const r = markRadius(count);
  const size = Math.ceil(2 * r + 4);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="carte-pastille" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" aria-hidden="true" focusable="false">` +
    `<circle class="carte-marque" cx="${size / 2}" cy="${size / 2}" r="${r}" fill="${MARK_FILL}" fill-opacity="0.85" stroke="${BORDER}" stroke-width="1"/></svg>`
  );
}
