/**
 * Build-time PNG rendering of our own SVG with sharp (librsvg): no browser,
 * no network, system fonts only (the SVG asks for system-ui and falls back to
 * DejaVu Sans). Node-only: imported by pages and endpoints, never by client code.
 */
import sharp from 'sharp';

/** Pixel density of the PNG relative to the SVG's user units (2 = sharp on high-density screens). */
export const PNG_SCALE = 2;

export interface RenderedPng {
  /** A copy in a plain ArrayBuffer (what a Response body accepts). */
  bytes: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
}

const cache = new Map<string, Promise<RenderedPng>>();

/**
 * The PNG of an SVG document at PNG_SCALE, with its real pixel size read back
 * from the file (the size the page states next to the link). Cached by SVG
 * text, because the page and the endpoint both ask for it during one build.
 */
export function renderPng(svg: string): Promise<RenderedPng> {
  let rendering = cache.get(svg);
  if (!rendering) {
    rendering = (async () => {
      const buffer = await sharp(Buffer.from(svg), { density: 72 * PNG_SCALE })
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
