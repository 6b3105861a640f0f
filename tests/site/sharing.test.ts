/**
 * Sharing and indexing, on the files of the build: sitemap.xml lists every
 * built page (but the 404 and /embed/ pages, see src/lib/sitemap.ts), robots.txt
 * points to it, and every page has a title, a description, a canonical URL and
 * an absolute link-preview image that exists, of the size its tags say, for
 * Open Graph and Twitter alike: its section's (1200 × 630), or, for a chart's
 * or a key figure's page, its own social card (1200 × 675), which it alone uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, fileOfPath, readPage } from './built-site.ts';
import { isListedInSitemap } from '../../src/lib/sitemap.ts';

const pages = builtPages();

function htmlOf(path: string): string {
  return readPage(path).html;
}

/** A file of the build, as a static host would serve it at `path`. */
function served(path: string): Buffer {
  const file = fileOfPath('dist', path);
  if (!file) throw new Error(`${path} absent de dist/`);
  return readFileSync(file);
}

/** The content of `<meta {key}="{name}" content="…">` or the href of `<link rel="{name}">`. */
function headValue(html: string, kind: 'property' | 'name' | 'link', name: string): string | null {
  const pattern =
    kind === 'link'
      ? new RegExp(`<link rel="${name}" href="([^"]*)"`)
      : new RegExp(`<meta ${kind}="${name}" content="([^"]*)"`);
  return pattern.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? null;
}

/** The site's public origin, as the build wrote it (SITE_URL or the default). */
const siteOrigin = new URL(headValue(htmlOf('/'), 'link', 'canonical') ?? 'invalid:').origin;

describe('sitemap.xml', () => {
  it('liste chaque page construite, sauf la 404 et les pages /embed/', () => {
    const xml = served('/sitemap.xml').toString('utf8');
    // `true`: validate while parsing, so malformed XML throws.
    const parsed = new XMLParser().parse(xml, true) as { urlset: { url?: { loc: string } | { loc: string }[] } };
    const entries = parsed.urlset.url === undefined ? [] : [parsed.urlset.url].flat();
    const locations = entries.map((entry) => new URL(entry.loc));
    for (const location of locations) expect(location.origin).toBe(siteOrigin);
    expect(locations.map((location) => location.pathname).sort()).toEqual(pages.filter(isListedInSitemap).sort());
    expect(locations.length).toBeGreaterThan(5);
  });
});

describe('robots.txt', () => {
  it('autorise l’exploration et donne l’adresse du plan du site', () => {
    const text = served('/robots.txt').toString('utf8');
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).not.toMatch(/^Disallow: \/$/m);
    expect(text).toContain(`Sitemap: ${siteOrigin}/sitemap.xml`);
  });
});

// /embed/ pages are made to be framed, not shared or indexed: they are left to their own test.
describe('les pages à partager', () => {
  const shared = pages.filter((path) => path !== '/404.html' && !path.startsWith('/embed/'));
  const images = new Map<string, Promise<sharp.Metadata>>();
  /** A chart's page or a key figure's page: those have a card of their own. */
  const ownCard = (path: string): boolean => /^\/(estimations\/[^/]+|chiffres\/[^/]+|chronologie\/\d{4})\/$/.test(path);
  const imageSize = (pathname: string) => {
    if (!images.has(pathname)) images.set(pathname, sharp(served(pathname)).metadata());
    return images.get(pathname)!;
  };

  it.each(shared)(
    '%s a un titre, une description, une adresse canonique et une image d’aperçu de la taille annoncée',
    async (path) => {
      const html = htmlOf(path);
      expect(/<title>[^<]{3,}<\/title>/.test(html), 'titre').toBe(true);
      expect(headValue(html, 'name', 'description')?.length ?? 0, 'description').toBeGreaterThan(20);
      expect(headValue(html, 'link', 'canonical')).toBe(new URL(path, siteOrigin).href);
      expect(headValue(html, 'property', 'og:url')).toBe(new URL(path, siteOrigin).href);
      expect(headValue(html, 'name', 'twitter:card')).toBe('summary_large_image');
      const image = new URL(headValue(html, 'property', 'og:image') ?? 'invalid:');
      expect(image.origin, 'image en adresse absolue sur le site').toBe(siteOrigin);
      expect(image.pathname).toMatch(/^\/og\/[a-z0-9/-]+\.png$/);
      expect(headValue(html, 'name', 'twitter:image')).toBe(image.href);
      const metadata = await imageSize(image.pathname);
      expect([metadata.format, metadata.width, metadata.height]).toEqual([
        'png',
        Number(headValue(html, 'property', 'og:image:width')),
        Number(headValue(html, 'property', 'og:image:height')),
      ]);
      expect([metadata.width, metadata.height]).toEqual(ownCard(path) ? [1200, 675] : [1200, 630]);
      expect(headValue(html, 'property', 'og:image:alt')?.length ?? 0).toBeGreaterThan(10);
      expect(headValue(html, 'name', 'twitter:image:alt')).toBe(headValue(html, 'property', 'og:image:alt'));
    },
  );

  it('sauf la page 404, qui n’a pas d’adresse à elle et demande à ne pas être indexée', () => {
    const html = htmlOf('/404.html');
    expect(headValue(html, 'link', 'canonical')).toBeNull();
    expect(headValue(html, 'property', 'og:url')).toBeNull();
    expect(headValue(html, 'name', 'robots')).toBe('noindex');
  });
});

describe('les cartes de partage des graphiques et des chiffres clés', () => {
  const cards = ['graphiques', 'chiffres'].flatMap((kind) =>
    readdirSync(`dist/og/${kind}`).map((file) => `/og/${kind}/${file}`),
  );
  const imageOf = (path: string) => new URL(headValue(htmlOf(path), 'property', 'og:image') ?? 'invalid:').pathname;
  const cardPages = pages.filter((path) => /^\/(estimations|chiffres)\/[^/]+\/$/.test(path));

  it('existent pour chaque graphique et chaque chiffre clé, chacune d’une seule page qui la donne en aperçu', () => {
    expect(cardPages.length).toBeGreaterThanOrEqual(4 + 1);
    expect(cardPages.map(imageOf).sort()).toEqual([...cards].sort());
  });

  it.each(cards)('%s est une image PNG de 1200 × 675', async (card) => {
    const metadata = await sharp(served(card)).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 1200, 675]);
  });

  it('sont proposées au téléchargement à côté de chaque graphique, sur sa page', () => {
    const chartPages = builtPages().filter((path) => /^\/estimations\/[^/]+\/$/.test(path));
    const offered = chartPages.flatMap((path) =>
      [...htmlOf(path).matchAll(/<a href="([^"]+)"[^>]* data-social-card/g)].map((m) => m[1]),
    );
    expect(offered.sort()).toEqual(cards.filter((card) => card.startsWith('/og/graphiques/')).sort());
  });
});
