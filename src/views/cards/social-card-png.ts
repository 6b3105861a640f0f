/**
 * Social cards as PNG files, at build time: the card builder of
 * src/lib/social-card.ts rendered by sharp (librsvg, system fonts).
 * Node-only: imported by endpoints, never by browser code.
 *
 * To give a page its own card (as the charts, the key figures and, later,
 * other pages do):
 *   1. an endpoint `src/pages/og/<kind>/[name].png.ts` whose GET returns
 *      `socialCardResponse(card, site)`;
 *   2. on the page, `<BaseLayout … image={socialImage('/og/<kind>/<name>.png', card)}>`
 *      (socialImage from src/lib/social-card.ts).
 */
import sharp from 'sharp';
import { socialCardSvg, type SocialCard } from '../../lib/social-card.ts';
import { SITE_NAME } from '../../lib/site.ts';

/** The host name written on cards: the public site's, or a neutral one when the build has no address. */
function hostOf(site: URL | undefined): string {
  return site ? site.host : 'oublies-du-segur';
}

/** The card as a 1200 × 675 PNG: a pure function of its words and of the site's address. */
export async function socialCardPng(card: SocialCard, site: URL | undefined): Promise<Uint8Array<ArrayBuffer>> {
  const svg = socialCardSvg(card, { name: SITE_NAME, host: hostOf(site) });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return new Uint8Array(png);
}

/** The response of a card's endpoint. */
export async function socialCardResponse(card: SocialCard, site: URL | undefined): Promise<Response> {
  return new Response(await socialCardPng(card, site), { headers: { 'Content-Type': 'image/png' } });
}
