/** Build-time PNG rendering of chart SVGs: twice the SVG's size, less only where librsvg and sharp would refuse. */
import { describe, expect, it } from 'vitest';
import { MAX_PNG_PIXELS, MAX_PNG_SIDE, PNG_SCALE, pngScale, renderPng } from '../../src/views/charts/png.ts';

const svg = (width: number, height: number): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#0b6e4f"/></svg>`;

describe('pngScale', () => {
  it('garde le double de la taille pour un graphique ordinaire', () => {
    expect(pngScale(640, 420)).toBe(PNG_SCALE);
  });

  it('réduit un graphique très haut pour que son plus grand côté reste sous la limite de librsvg', () => {
    const scale = pngScale(640, 20_000);
    expect(scale).toBeLessThan(PNG_SCALE);
    expect(Math.ceil(20_000 * scale)).toBeLessThanOrEqual(MAX_PNG_SIDE);
  });

  it('réduit un très grand graphique carré pour que sa surface reste sous la limite de sharp', () => {
    const scale = pngScale(12_000, 12_000);
    expect(Math.ceil(12_000 * scale) ** 2).toBeLessThanOrEqual(MAX_PNG_PIXELS);
  });
});

describe('renderPng', () => {
  it('rend un SVG ordinaire au double de sa taille', async () => {
    const png = await renderPng(svg(300, 200));
    expect([png.width, png.height]).toEqual([600, 400]);
  });

  it('rend aussi un SVG plus haut que 32 767 pixels au double, en le réduisant au lieu d’échouer', async () => {
    const png = await renderPng(svg(100, 20_000));
    expect(png.height).toBeLessThanOrEqual(MAX_PNG_SIDE);
    expect(png.height).toBeGreaterThan(32_000);
    expect(png.width).toBe(Math.round((100 * png.height) / 20_000));
  });
});
