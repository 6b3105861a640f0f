/**
 * The checks run over every built page (tests/site/), on a made-up dist/
 * folder: each one passes on a sound page and names the fault on a faulty one,
 * so that none of them can pass whatever the site holds.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPages, htmlRoutes, readPage, representativePages, routeOf, routeOfPage } from '../site/built-site.ts';
import {
  brokenLinks,
  chartsWithoutTable,
  duplicateIds,
  inlineCode,
  missingContent,
  siteOriginOf,
} from '../site/checks.ts';

const ORIGIN = 'https://exemple.fr';
const TEXT = 'Un paragraphe assez long pour passer pour le contenu d’une vraie page, avec une phrase de plus.';

/** A page of the made-up site: `body` goes inside <main>. */
function page(body: string, head = ''): string {
  return `<!doctype html><html lang="fr"><head><link rel="canonical" href="${ORIGIN}/">${head}</head><body><main id="contenu"><h1>Titre</h1>${body}</main></body></html>`;
}

const dist = mkdtempSync(join(tmpdir(), 'site-essai-'));
function write(file: string, content: string): void {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), content);
}
write('index.html', page(`<p>${TEXT}</p><p><a href="/cible/#ici">lien</a> <a href="/donnees/a.csv">csv</a></p>`));
write('cible/index.html', page(`<p id="ici">${TEXT}</p>`));
write('donnees/a.csv', 'id\n1\n');
write('casse/index.html', page(`<p>${TEXT} <a href="/cible/#ailleurs">a</a> <a href="/absente/">b</a></p>`));
write('doublon/index.html', page(`<p id="x">${TEXT}</p><p id="x">bis</p>`));
write('vide/index.html', page('<p hidden>caché</p>'));
write('titres/index.html', page(`<h2>Partie</h2><h4>Trop bas</h4><p>${TEXT}</p><h1>Encore</h1>`));
write(
  'graphique/index.html',
  page(`<section><figure><svg><title>Courbe</title></svg></figure><p>${TEXT}</p></section>`),
);
write(
  'integration/index.html',
  page(
    `<figure><svg><title>Courbe</title></svg></figure><p>${TEXT} <a href="/graphique-tableau/#t">le tableau</a></p>`,
  ),
);
write(
  'graphique-tableau/index.html',
  page(`<section id="t"><figure><svg><title>C</title></svg></figure><table></table>${TEXT}</section>`),
);
write(
  'en-ligne/index.html',
  page(
    `<p style="color:red">${TEXT}</p><button onclick="x()">b</button><script>alert(1)</script><script type="application/json">{}</script>`,
  ),
);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const read = (path: string) => readPage(path, dist);

describe('builtPages', () => {
  it('liste les pages HTML sous leur adresse, et rien d’autre', () => {
    expect(builtPages(dist)).toContain('/');
    expect(builtPages(dist)).toContain('/cible/');
    expect(builtPages(dist).some((path) => path.endsWith('.csv'))).toBe(false);
  });
});

describe('brokenLinks', () => {
  it('accepte un lien vers un fragment qui existe et vers un fichier présent', () => {
    expect(brokenLinks(read('/'), dist, ORIGIN)).toEqual([]);
  });

  it('signale un fragment absent de la page visée et une page absente', () => {
    expect(brokenLinks(read('/casse/'), dist, ORIGIN)).toEqual([
      '/casse/ : <a href> « /cible/#ailleurs » vise un fragment que /cible/ n’a pas',
      '/casse/ : <a href> « /absente/ » mène à un fichier absent',
    ]);
  });

  it('suit les adresses absolues du site (adresse canonique), pas celles d’ailleurs', () => {
    write(
      'absolue/index.html',
      page(
        `<p>${TEXT}<a href="https://ailleurs.fr/x">x</a></p>`,
        `<meta property="og:image" content="${ORIGIN}/og/x.png">`,
      ),
    );
    expect(brokenLinks(read('/absolue/'), dist, ORIGIN)).toEqual([
      `/absolue/ : <meta og:image> « ${ORIGIN}/og/x.png » mène à un fichier absent`,
    ]);
    expect(siteOriginOf(read('/absolue/'))).toBe(ORIGIN);
  });
});

describe('duplicateIds', () => {
  it('signale un identifiant donné deux fois', () => {
    expect(duplicateIds(read('/cible/'))).toEqual([]);
    expect(duplicateIds(read('/doublon/'))).toEqual(['/doublon/ : l’identifiant « x » est donné à plusieurs éléments']);
  });
});

describe('missingContent', () => {
  it('accepte une page avec un titre et du texte', () => {
    expect(missingContent(read('/'))).toEqual([]);
  });

  it('compte pour rien le texte caché', () => {
    expect(missingContent(read('/vide/'))).toEqual(['/vide/ : <main> ne contient que 5 caractères de texte']);
  });

  it('signale un niveau de titre sauté et un second h1', () => {
    expect(missingContent(read('/titres/'))).toEqual([
      '/titres/ : 2 titres <h1> dans <main> au lieu d’un',
      '/titres/ : le titre « Trop bas » (h4) suit un h2',
    ]);
  });
});

describe('chartsWithoutTable', () => {
  it('signale un graphique sans tableau', () => {
    expect(chartsWithoutTable(read('/graphique/'), dist, ORIGIN)).toEqual([
      '/graphique/ : le graphique « Courbe » n’a pas de tableau de données',
    ]);
  });

  it('accepte un tableau dans la même section, ou un lien vers la section qui le porte', () => {
    expect(chartsWithoutTable(read('/graphique-tableau/'), dist, ORIGIN)).toEqual([]);
    expect(chartsWithoutTable(read('/integration/'), dist, ORIGIN)).toEqual([]);
  });
});

describe('inlineCode', () => {
  it('signale script en ligne, attribut style et gestionnaire on…=, pas un bloc de données JSON', () => {
    expect(inlineCode(read('/en-ligne/'))).toEqual([
      '/en-ligne/ : script en ligne « alert(1) »',
      '/en-ligne/ : attribut style= sur <p>',
      '/en-ligne/ : attribut onclick= sur <button>',
    ]);
    expect(inlineCode(read('/'))).toEqual([]);
  });
});

describe('les routes et les pages représentatives', () => {
  it('traduisent chaque fichier de src/pages en motif d’adresse', () => {
    expect(routeOf('index.astro').pattern.test('/')).toBe(true);
    expect(routeOf('404.astro').pattern.test('/404.html')).toBe(true);
    expect(routeOf('metiers/[metier]/index.astro').pattern.test('/metiers/aes/')).toBe(true);
    expect(routeOf('metiers/secteur/[secteur].astro').pattern.test('/metiers/secteur/fph/')).toBe(true);
    expect(routeOf('metiers/secteur/[secteur].astro').parameters).toBe(1);
  });

  it('préfèrent la route statique à la route à paramètre, comme Astro', () => {
    const routes = [routeOf('donnees/[slug]/index.astro'), routeOf('donnees/changements/index.astro')].sort(
      (a, b) => a.parameters - b.parameters,
    );
    expect(routeOfPage(routes, '/donnees/changements/')?.file).toBe('donnees/changements/index.astro');
    expect(routeOfPage(routes, '/donnees/mesures/')?.file).toBe('donnees/[slug]/index.astro');
  });

  it('retiennent pour chaque route la page la plus lourde, la plus légère si la route a un paramètre, puis les plus lourdes du site', () => {
    const routes = [routeOf('index.astro'), routeOf('a/[x].astro'), routeOf('b/[y].astro')];
    const pages = ['/', '/a/1/', '/a/2/', '/a/3/', '/b/1/', '/b/2/', '/b/3/', '/b/4/'];
    const weight = (path: string) => ({ '/b/3/': 90, '/b/2/': 80, '/a/2/': 50, '/a/1/': 10 })[path] ?? 20;
    expect(representativePages(pages, routes, weight, 2)).toEqual(['/', '/a/1/', '/a/2/', '/b/2/', '/b/3/', '/b/4/']);
  });

  it('couvrent toutes les routes HTML du projet', () => {
    const routes = htmlRoutes('src/pages');
    expect(routes.map((route) => route.file)).toContain('chronologie/index.astro');
    expect(routes.every((route) => route.file.endsWith('.astro'))).toBe(true);
  });
});
