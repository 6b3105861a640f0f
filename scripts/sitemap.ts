/**
 * Writes dist/sitemap.xml from the HTML files actually present in dist/, so
 * that every page is listed whoever built it (pages, dynamic routes, feeds of
 * other sections). Called by the `astro:build:done` hook in astro.config.mjs.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isListedInSitemap, routeOfHtmlFile, sitemapXml } from '../src/lib/sitemap.ts';

/** Every .html file under `directory`, as POSIX paths relative to it. */
export function htmlFilesIn(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split(/[\\/]/).join('/'))
    .sort();
}

/** Writes `<directory>/sitemap.xml` and returns the number of pages listed. */
export function writeSitemap(directory: string, site: string | URL): number {
  const routes = htmlFilesIn(directory).map(routeOfHtmlFile);
  writeFileSync(join(directory, 'sitemap.xml'), sitemapXml(site, routes));
  return routes.filter(isListedInSitemap).length;
}
