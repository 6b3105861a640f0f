/**
 * /og/annees/<année>.png — the link-preview card of a year page (1200 × 675
 * PNG, with the year's counts), drawn at build time from the SVG of
 * src/lib/og-image.ts by sharp, like the section cards.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { OG_WIDE_HEIGHT, ogImageSvg, type OgCard } from '../../../lib/og-image.ts';
import { yearPageViews } from '../../../views/chronologie/year.ts';

export const getStaticPaths = (() =>
  yearPageViews().map((view) => ({
    params: { annee: String(view.year) },
    props: { card: view.card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const card = (props as { card: OgCard }).card;
  const host = site ? site.host : 'oublies-du-segur';
  const png = await sharp(Buffer.from(ogImageSvg(card, host, undefined, OG_WIDE_HEIGHT)))
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
