/**
 * /og/<name>.png — the link-preview image of each section (1200×630 PNG),
 * drawn at build time from the SVG of src/lib/og-image.ts by sharp.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { OG_CARDS, ogImageSvg, type OgCard } from '../../lib/og-image.ts';

export const getStaticPaths = (() =>
  OG_CARDS.map((card) => ({ params: { name: card.name }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const card = (props as { card: OgCard }).card;
  const host = site ? site.host : 'oublies-du-segur';
  const png = await sharp(Buffer.from(ogImageSvg(card, host)))
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
