/**
 * /departements/, its maps and the collectivity pages as built, without a
 * browser. Each map agrees with its own table (the same département, the same
 * answer; the legend counts what the table counts); an answer is never told by
 * colour alone; the national panel shows the values its datasets publish; every
 * département has its page; the finder is a complete list without JavaScript;
 * every page says that « rien de documenté » does not mean « rien de fait ».
 * Expectations come from the pages and the published files, never from a
 * curated row.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import { departementDecides, type Funding } from '../../src/lib/codes/metiers.ts';
import { builtPages, byTag, elements, readPage, textOf, type Element } from './built-site.ts';

const pages = builtPages().filter((path) => path.startsWith('/departements/'));
const mapPages = pages.filter((path) => path === '/departements/' || path.startsWith('/departements/carte/'));
const collectivityPages = pages.filter(
  (path) => /^\/departements\/[^/]+\/$/.test(path) && !['carte', 'faits'].some((part) => path.includes(`/${part}/`)),
);

const byClass = (root: Element | ReturnType<typeof readPage>['document'], name: string) =>
  elements(root).filter((element) => (element.attribs['class'] ?? '').split(/\s+/).includes(name));
const byId = (path: string, id: string) =>
  elements(readPage(path).document).find((element) => element.attribs['id'] === id);

/** The published CSV of a dataset, by row id. */
function publishedRows(slug: string): Map<string, Record<string, string | null>> {
  const { rows } = parseCsv(readFileSync(`dist/donnees/${slug}.csv`, 'utf8'));
  return new Map(rows.map(({ cells }) => [cells['id'] ?? '', cells]));
}

/** The shapes of a page's map figure (main drawing and insets): code → category. */
function mapShapes(figure: Element): Map<string, string> {
  const shapes = elements(figure).filter((element) => element.name === 'path' && element.attribs['data-code']);
  return new Map(shapes.map((shape) => [shape.attribs['data-code']!, shape.attribs['data-categorie'] ?? '']));
}

describe('les pages de /departements/', () => {
  it('comptent la page d’ensemble, une carte par vue, tous les faits et une fiche par collectivité', () => {
    expect(pages).toContain('/departements/');
    expect(pages).toContain('/departements/faits/');
    expect(mapPages.length).toBeGreaterThan(1);
    expect(collectivityPages.length).toBeGreaterThanOrEqual(101);
  });

  it('disent toutes que « rien de documenté » ne veut pas dire « rien de fait », et comment envoyer une source', () => {
    const missing = pages.filter((path) => {
      const notice = byClass(readPage(path).document, 'rien-documente')[0];
      // French typography: no-break spaces inside the guillemets.
      return (
        !notice ||
        !textOf(notice).includes('«\u00a0Rien de documenté\u00a0» ne veut pas dire «\u00a0rien de fait\u00a0»') ||
        !byTag(notice, 'a').some((link) => link.attribs['href'] === '/a-propos/#signaler')
      );
    });
    expect(missing).toEqual([]);
  });
});

describe.each(mapPages)('la carte de %s', (path) => {
  const page = readPage(path);
  const figure = byClass(page.document, 'carte')[0]!;
  const shapes = mapShapes(figure);
  const table = elements(page.document).find((element) => element.name === 'table' && element.attribs['data-vue']);
  const lines = table ? byTag(table, 'tr').filter((row) => row.attribs['data-code']) : [];

  it('dessine 101 départements, une forme chacun, et chaque forme est un lien nommé', () => {
    expect(shapes.size).toBe(101);
    const drawn = elements(figure).filter((element) => element.name === 'path' && element.attribs['data-code']);
    expect(drawn).toHaveLength(101);
    for (const shape of drawn) {
      const link = shape.parent as Element;
      expect(link.name, shape.attribs['data-code']).toBe('a');
      expect(textOf(byTag(link, 'title')[0]!), shape.attribs['data-code']).toMatch(/^.+ \([0-9AB]{2,3}\)\s:\s.+$/);
    }
  });

  it('marque les mêmes départements que son tableau, avec la même réponse', () => {
    expect(lines).toHaveLength(101);
    const tabled = new Map(lines.map((row) => [row.attribs['data-code']!, row.attribs['data-categorie'] ?? '']));
    expect(tabled).toEqual(shapes);
  });

  it('a une légende dont chaque compte est celui du tableau', () => {
    const legend = elements(figure).filter((element) => element.name === 'li' && element.attribs['data-categorie']);
    expect(legend.length).toBeGreaterThan(1);
    for (const item of legend) {
      const category = item.attribs['data-categorie']!;
      const inTable = lines.filter((row) => row.attribs['data-categorie'] === category).length;
      expect(Number(item.attribs['data-compte']), category).toBe(inTable);
      expect(textOf(item), category).toMatch(new RegExp(`\\(${inTable}\\u00a0départements?\\)`));
    }
    const counted = legend.reduce((sum, item) => sum + Number(item.attribs['data-compte']), 0);
    expect(counted).toBe(101);
  });

  it('ne dit aucune réponse par la seule couleur : chaque réponse a sa trame, et son nom dans la légende', () => {
    const answers = elements(figure).filter(
      (element) =>
        element.name === 'li' &&
        element.attribs['data-categorie'] &&
        !['autre_question', 'cherche_rien_trouve', 'non_cherche', 'mobilise'].includes(
          element.attribs['data-categorie'],
        ),
    );
    for (const item of answers) {
      const category = item.attribs['data-categorie']!;
      const swatch = elements(item).find(
        (element) => element.name === 'rect' && (element.attribs['class'] ?? '').includes('departement'),
      );
      expect(swatch?.attribs['fill'], category).toMatch(/^url\(#/);
      expect(textOf(item).length, category).toBeGreaterThan(3);
    }
    for (const shape of elements(figure).filter((element) => element.name === 'path' && element.attribs['data-code'])) {
      const category = shape.attribs['data-categorie']!;
      if (answers.some((item) => item.attribs['data-categorie'] === category)) {
        expect(shape.attribs['fill'], shape.attribs['data-code']).toMatch(/^url\(#/);
      }
    }
  });

  it('résume ses réponses en une phrase qui compte ce que compte le tableau', () => {
    const summary = textOf(byClass(figure, 'carte-resume')[0]!);
    const empty = ['autre_question', 'cherche_rien_trouve', 'non_cherche'];
    const answered = lines.filter((row) => !empty.includes(row.attribs['data-categorie'] ?? '')).length;
    if (path.includes('mobilisations')) {
      expect(summary).toContain(`${answered}\u00a0comptent`);
    } else if (answered > 0) {
      expect(summary).toContain(`Sur 101 départements, ${answered} `);
    }
  });
});

describe('le tableau national de /departements/', () => {
  const page = readPage('/departements/');
  const panel = byId('/departements/', 'national')!;
  const published = { chiffres: publishedRows('chiffres'), estimations: publishedRows('estimations') };

  it('est sur /departements/, et chacun de ses chiffres est celui du jeu de données publié', () => {
    const figures = elements(panel).filter((element) => element.attribs['data-chiffre']);
    expect(figures.length).toBeGreaterThan(5);
    for (const figure of figures) {
      const dataset = figure.attribs['data-jeu'] as keyof typeof published;
      const row = published[dataset].get(figure.attribs['data-chiffre']!);
      expect(row, figure.attribs['data-chiffre']).toBeDefined();
      expect(Number(figure.attribs['data-valeur']), figure.attribs['data-chiffre']).toBe(Number(row!['valeur']));
    }
  });

  it('nomme, pour chaque part du décompte, exactement les départements que la carte de 2025 marque ainsi', () => {
    const shapes = mapShapes(byClass(page.document, 'carte')[0]!);
    const parts = byTag(panel, 'tr').filter((row) => row.attribs['data-partie']);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) {
      const key = part.attribs['data-partie']!;
      const named = byTag(part, 'a')
        .map((link) => link.attribs['href'] ?? '')
        .filter((href) => /^\/departements\/[^/]+\/$/.test(href));
      expect(named.length, key).toBe(Number(part.attribs['data-nommes']));
      if (key !== 'non_classe')
        expect(named.length, key).toBe([...shapes.values()].filter((value) => value === key).length);
    }
  });

  it('dit l’écart entre le décompte national et les départements nommés', () => {
    const parts = byTag(panel, 'tr').filter((row) => row.attribs['data-partie'] === 'aucun_paiement');
    const gap = textOf(byClass(panel, 'ecart')[0]!);
    expect(gap).toContain(`${parts[0]!.attribs['data-valeur']}\u00a0départements n’ont rien versé pour 2025`);
    expect(gap).toContain(`${parts[0]!.attribs['data-nommes']} sont nommés ici`);
  });

  it('donne à la partie non classée la différence entre les 101 départements et le décompte', () => {
    const parts = byTag(panel, 'tr').filter((row) => row.attribs['data-partie']);
    expect(parts.reduce((sum, row) => sum + Number(row.attribs['data-valeur']), 0)).toBe(101);
  });
});

describe('les fiches des collectivités', () => {
  const facts = publishedRows('collectivites');

  it('existent pour chacun des 101 départements, dont chaque forme de carte mène à une fiche', () => {
    const figure = byClass(readPage('/departements/').document, 'carte')[0]!;
    const targets = elements(figure)
      .filter((element) => element.name === 'a' && byTag(element, 'path').some((path) => path.attribs['data-code']))
      .map((link) => link.attribs['href']!);
    expect(targets).toHaveLength(101);
    for (const href of targets) expect(collectivityPages, href).toContain(href);
  });

  it('montrent chaque fait publié une fois, et disent d’un fait qui n’est pas une décision ce qu’il est', () => {
    const shown = collectivityPages.flatMap((path) =>
      elements(readPage(path).document)
        .filter((element) => element.name === 'article' && (element.attribs['id'] ?? '').startsWith('fait-'))
        .map((article) => ({ path, article })),
    );
    const ids = shown.map(({ article }) => article.attribs['id']!.slice('fait-'.length));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(facts.has(id), id).toBe(true);
    for (const { path, article } of shown) {
      const id = article.attribs['id']!.slice('fait-'.length);
      const kind = textOf(byClass(article, 'genre')[0]!);
      if (facts.get(id)!['type_fait'] === 'decision') expect(kind, `${path} ${id}`).toMatch(/^Décision/);
      else expect(kind, `${path} ${id}`).toMatch(/^(Mobilisation|Fait d’un autre acteur)/);
    }
  });

  it('rangent leurs faits du plus ancien au plus récent', () => {
    for (const path of collectivityPages) {
      const dates = elements(readPage(path).document)
        .filter((element) => element.name === 'article' && (element.attribs['id'] ?? '').startsWith('fait-'))
        .map((article) => byTag(article, 'time')[0]?.attribs['datetime'] ?? '');
      expect(dates, path).toEqual([...dates].sort((a, b) => a.localeCompare(b)));
    }
  });
});

describe('« Trouver un département » sans JavaScript', () => {
  const page = readPage('/departements/');
  const finder = elements(page.document).find((element) => element.name === 'collectivite-finder')!;

  it('est une liste complète de A à Z, ouverte, où chaque fiche a son lien', () => {
    const list = elements(finder).find((element) => element.name === 'details')!;
    expect(list.attribs['open']).toBeDefined();
    const links = byTag(list, 'a')
      .map((link) => link.attribs['href'] ?? '')
      .filter((href) => !href.startsWith('#'));
    expect(new Set(links)).toEqual(new Set(collectivityPages));
  });

  it('cache le champ de recherche, qui ne marche qu’avec JavaScript', () => {
    const field = elements(finder).find((element) => element.attribs['data-champ'] !== undefined)!;
    expect(field.attribs['hidden']).toBeDefined();
  });
});

describe('« Suis-je concerné ? » et les départements', () => {
  it('mène à la page des départements depuis chaque situation couverte ou selon le cas dont le département décide (employeur ou financeur)', () => {
    // Contexts whose funding is the département's, read from the published file.
    const funded = new Set(
      [...publishedRows('contextes')]
        .filter(([, row]) => departementDecides(row['financement'] as Funding))
        .map(([id]) => id),
    );
    const cards = builtPages()
      .filter((path) => /^\/metiers\/[^/]+\/$/.test(path))
      .flatMap((path) => byClass(readPage(path).document, 'answer-case').map((card) => ({ path, card })));
    // A « non » does not depend on who funds: only the other verdicts must lead to the départements.
    const badge = (card: Element) =>
      elements(card).find((element) => element.attribs['class'] === 'verdict-badge')?.attribs['data-badge'];
    const concerned = cards.filter(
      ({ card }) => funded.has(card.attribs['data-contexte'] ?? '') && badge(card) !== 'non',
    );
    expect(concerned.length).toBeGreaterThan(0);
    for (const { path, card } of concerned) {
      const links = byTag(card, 'a').map((link) => link.attribs['href'] ?? '');
      expect(
        links.some((href) => href.startsWith('/departements/')),
        `${path} ${card.attribs['data-contexte']}`,
      ).toBe(true);
    }
  });
});
