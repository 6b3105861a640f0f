/**
 * Build-time PNG rendering of our own SVG with sharp (librsvg): no browser,
 * no network, system fonts only (the SVG asks for system-ui and falls back to
 * DejaVu Sans). Node-only: imported by pages and endpoints, never by client code.
 */
import sharp from 'sharp';

/** Pixel density of the PNG relative to the SVG's user units (2 = sharp on high-density screens). */
export const PNG_SCALE = 2;

/** librsvg (inside sharp) refuses to draw an SVG wider or taller than this many pixels… */
export const MAX_PNG_SIDE = 32_767;
/** …and sharp refuses an image of more pixels than this (its default limitInputPixels, 16 383²). */
export const MAX_PNG_PIXELS = 16_383 * 16_383;

/**
 * The scale at which an SVG of `width` × `height` user units is drawn:
 * PNG_SCALE, or less when a side would exceed MAX_PNG_SIDE or the area
 * MAX_PNG_PIXELS (a chart whose height grows with its rows is over 16 383
 * units tall at 100 times today's data). Both sides shrink alike.
 */
export function pngScale(width: number, height: number): number {
  // A pixel short of each limit, so that rounding the drawn size up never crosses it.
  const bySide = (MAX_PNG_SIDE - 1) / Math.max(width, height, 1);
  const byArea = Math.sqrt((MAX_PNG_PIXELS - 2 * MAX_PNG_SIDE) / Math.max(width * height, 1));
  return Math.min(PNG_SCALE, bySide, byArea);
}

export interface RenderedPng {
  /** A copy in a plain ArrayBuffer (what a Response body accepts). */
  bytes: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
}

const cache = new Map<string, Promise<RenderedPng>>();

/**
 * The PNG of an SVG document at PNG_SCALE (less for a huge one, see pngScale),
 * with its real pixel size read back from the file (the size the page states
 * next to the link). Cached by SVG text, because the page and the endpoint
 * both ask for it during one build.
 */
export function renderPng(svg: string): Promise<RenderedPng> {
  let rendering = cache.get(svg);
  if (!rendering) {
    rendering = (async () => {
      const source = await sharp(Buffer.from(svg)).metadata();
      const scale = pngScale(source.width ?? 0, source.height ?? 0);
      const buffer = await sharp(Buffer.from(svg), { density: 72 * scale })
        .png()
        .toBuffer();
      const { width, height } = await sharp(buffer).metadata();
      if (!width || !height) throw new Error('PNG sans dimensions');
      return { bytes: new Uint8Array(buffer), width, height };
    })();
    cache.set(svg, rendering);
  }
  return rendering;
}
