/**
 * One stacked bar of départements by what a survey says they paid (all, part,
 * nothing, not classified). A pure function of counts to SVG markup, no DOM;
 * each part keeps the texture it has on the map, so that colour is never the
 * only cue. The counts themselves are in the table the page puts under the bar
 * (with each part's swatch), where they stay legible on a phone.
 */
import { scaleLinear } from 'd3-scale';
import { escapeXml } from '../lib/xml.ts';
import { patternMarkup, type CategoryStyle } from './departements-map.ts';

export interface PaymentPart {
  key: string;
  value: number;
  style: CategoryStyle;
}

export interface PaymentsBarOptions {
  title: string;
  description: string;
  width?: number;
  idPrefix?: string;
}

const BAR_HEIGHT = 28;
const PADDING = 2;

/** The bar, its parts left to right in the order given. */
export function paymentsBarSvg(parts: readonly PaymentPart[], options: PaymentsBarOptions): string {
  const width = options.width ?? 480;
  const prefix = options.idPrefix ?? 'barre';
  const total = parts.reduce((sum, part) => sum + part.value, 0);
  const x = scaleLinear()
    .domain([0, Math.max(total, 1)])
    .range([PADDING, width - PADDING]);
  let start = 0;
  const defs: string[] = [];
  const rects = parts.map((part) => {
    const x0 = x(start);
    start += part.value;
    const x1 = x(start);
    const id = `${prefix}-${part.key}`;
    defs.push(patternMarkup(id, part.key, part.style));
    const fill = part.style.texture === null ? part.style.fill : `url(#${id})`;
    return `<rect class="departement categorie-${escapeXml(part.key)}" x="${x0.toFixed(1)}" y="${PADDING}" width="${Math.max(0, x1 - x0).toFixed(1)}" height="${BAR_HEIGHT}" fill="${fill}" stroke="#767c85" stroke-width="1"/>`;
  });
  const height = BAR_HEIGHT + 2 * PADDING;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="barre-paiements" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `role="img" aria-labelledby="${prefix}-titre ${prefix}-description">` +
    `<title id="${prefix}-titre">${escapeXml(options.title)}</title>` +
    `<desc id="${prefix}-description">${escapeXml(options.description)}</desc>` +
    `<defs>${defs.join('')}</defs>${rects.join('')}</svg>`
  );
}
