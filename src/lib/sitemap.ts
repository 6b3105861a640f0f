/**
 * sitemap.xml from the list of built HTML files: pure functions, so that the
 * build hook (scripts/sitemap.ts) and the tests share the same rules.
 *
 * Left out, on purpose: the 404 page (not a page to index) and /embed/…
 * pages (chart views made to be framed by other sites; their content is on
 * the section pages).
 */

import { escapeXml } from './xml.ts';
/** `index.html` → `/`, `a/b/index.html` → `/a/b/`, `404.html` → `/404.html` (POSIX separators). */
export function routeOfHtmlFile(relativePath: string): string {
  const path = `/${relativePath.replace(/\\/g, '/').replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Whether a page belongs in the sitemap (see the file comment for what is left out). */
export function isListedInSitemap(route: string): boolean {
  return route !== '/404.html' && route !== '/404/' && !route.startsWith('/embed/');
}

/** The sitemap document: one <url><loc> per listed route, absolute on `site`, sorted, without duplicates. */
export function sitemapXml(site: string | URL, routes: readonly string[]): string {
  const locations = [...new Set(routes.filter(isListedInSitemap))]
    .sort()
    .map((route) => `  <url><loc>${escapeXml(new URL(route, site).href)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...locations,
    '</urlset>',
    '',
  ].join('\n');
}
