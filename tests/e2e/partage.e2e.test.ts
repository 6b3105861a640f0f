/**
 * Sharing and indexing, on the built and served site: sitemap.xml lists every
 * built page (but the 404 and /embed/ pages, see src/lib/sitemap.ts), robots.txt
 * points to it, and every page has a title, a description, a canonical URL and
 * an absolute link-preview image that exists and measures 1200 × 630.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, siteUrl } from './browser.ts';
import { isListedInSitemap } from '../../src/lib/sitemap.ts';

const pages = builtPages();

function htmlOf(path: string): string {
  return readFileSync(path.endsWith('/') ? join('dist', path, 'index.html') : join('dist', path), 'utf8');
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
  it('liste chaque page construite, sauf la 404 et les pages /embed/', async () => {
    const response = await fetch(siteUrl('/sitemap.xml'));
    expect(response.status).toBe(200);
    const xml = await response.text();
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
  it('autorise l’exploration et donne l’adresse du plan du site', async () => {
    const response = await fetch(siteUrl('/robots.txt'));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).not.toMatch(/^Disallow: \/$/m);
    expect(text).toContain(`Sitemap: ${siteOrigin}/sitemap.xml`);
  });
});

// /embed/ pages are made to be framed, not shared or indexed: they are left to their own test.
describe.each(pages.filter((path) => path !== '/404.html' && !path.startsWith('/embed/')))('la page %s', (path) => {
  it('a un titre, une description, une adresse canonique et une image d’aperçu de 1200 × 630', async () => {
    const html = htmlOf(path);
    expect(/<title>[^<]{3,}<\/title>/.test(html), 'titre').toBe(true);
    expect(headValue(html, 'name', 'description')?.length ?? 0, 'description').toBeGreaterThan(20);
    expect(headValue(html, 'link', 'canonical')).toBe(new URL(path, siteOrigin).href);
    expect(headValue(html, 'property', 'og:url')).toBe(new URL(path, siteOrigin).href);
    expect(headValue(html, 'name', 'twitter:card')).toBe('summary_large_image');
    const image = new URL(headValue(html, 'property', 'og:image') ?? 'invalid:');
    expect(image.origin, 'image en adresse absolue sur le site').toBe(siteOrigin);
    expect(image.pathname).toMatch(/^\/og\/[a-z-]+\.png$/);
    const response = await fetch(siteUrl(image.pathname));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/png/);
    const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 1200, 630]);
    expect(headValue(html, 'property', 'og:image:alt')?.length ?? 0).toBeGreaterThan(10);
  });
});
