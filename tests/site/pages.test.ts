/**
 * Every page of the build, checked in Node without a browser (tests/site/checks.ts):
 * ids, links and fragments, content readable without JavaScript, a table beside
 * each chart, no inline code for the Content-Security-Policy to block.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from './built-site.ts';
import { brokenLinks, chartsWithoutTable, duplicateIds, inlineCode, missingContent, siteOriginOf } from './checks.ts';

const DIST = 'dist';
const pages = builtPages(DIST).map((path) => readPage(path, DIST));
const origin = siteOriginOf(readPage('/', DIST));

describe(`les ${pages.length} pages construites`, () => {
  it('donnent chacune un identifiant à un seul élément', () => {
    expect(pages.flatMap(duplicateIds)).toEqual([]);
  });

  it('ne font que des liens internes qui mènent à un fichier et à un fragment existants', () => {
    expect(pages.flatMap((page) => brokenLinks(page, DIST, origin))).toEqual([]);
  });

  it('se lisent sans JavaScript : lang="fr", un <main> avec un seul <h1>, du texte, des titres dans l’ordre', () => {
    expect(pages.flatMap(missingContent)).toEqual([]);
  });

  it('donnent à chaque graphique son tableau de données', () => {
    expect(pages.flatMap((page) => chartsWithoutTable(page, DIST, origin))).toEqual([]);
  });

  it('n’ont ni script en ligne, ni attribut style, ni gestionnaire on…= (la politique de sécurité les bloquerait)', () => {
    expect(pages.flatMap(inlineCode)).toEqual([]);
  });
});
