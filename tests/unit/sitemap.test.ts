/** The sitemap's pure rules, and the writer on a made-up dist/ folder. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isListedInSitemap, routeOfHtmlFile, sitemapXml } from '../../src/lib/sitemap.ts';
import { htmlFilesIn, writeSitemap } from '../../scripts/sitemap.ts';

const made: string[] = [];
afterEach(() => {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('routeOfHtmlFile', () => {
  it('donne l’adresse de chaque fichier HTML construit', () => {
    expect(routeOfHtmlFile('index.html')).toBe('/');
    expect(routeOfHtmlFile('metiers/aide-soignant/index.html')).toBe('/metiers/aide-soignant/');
    expect(routeOfHtmlFile('404.html')).toBe('/404.html');
    expect(routeOfHtmlFile('donnees\\sources\\index.html')).toBe('/donnees/sources/');
  });
});

describe('isListedInSitemap', () => {
  it('écarte la page 404 et les pages à intégrer (/embed/)', () => {
    expect(isListedInSitemap('/404.html')).toBe(false);
    expect(isListedInSitemap('/embed/exclus/')).toBe(false);
    expect(isListedInSitemap('/estimations/')).toBe(true);
    expect(isListedInSitemap('/')).toBe(true);
  });
});

describe('sitemapXml', () => {
  it('liste des adresses absolues, triées, sans doublon, et échappe le XML', () => {
    const xml = sitemapXml('https://exemple.fr', ['/b/', '/', '/b/', '/404.html', '/a&b/']);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://exemple.fr/</loc></url>',
        '  <url><loc>https://exemple.fr/a&amp;b/</loc></url>',
        '  <url><loc>https://exemple.fr/b/</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  it('suit l’adresse du site configurée (SITE_URL)', () => {
    expect(sitemapXml('https://autre.exemple/', ['/sources/'])).toContain('<loc>https://autre.exemple/sources/</loc>');
  });
});

describe('writeSitemap', () => {
  it('écrit sitemap.xml d’après les fichiers HTML présents, y compris ceux des routes dynamiques', () => {
    const dist = mkdtempSync(join(tmpdir(), 'dist-'));
    made.push(dist);
    for (const file of [
      'index.html',
      '404.html',
      'metiers/aide-soignant/index.html',
      'embed/carte/index.html',
      'donnees/sources.csv',
    ]) {
      mkdirSync(join(dist, file, '..'), { recursive: true });
      writeFileSync(join(dist, file), '<!doctype html>');
    }
    expect(htmlFilesIn(dist)).toEqual([
      '404.html',
      'embed/carte/index.html',
      'index.html',
      'metiers/aide-soignant/index.html',
    ]);
    expect(writeSitemap(dist, 'https://exemple.fr')).toBe(2);
    const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect(xml).toContain('<loc>https://exemple.fr/metiers/aide-soignant/</loc>');
    expect(xml).not.toContain('embed');
    expect(xml).not.toContain('404');
  });
});
