/**
 * The site search (src/lib/site-search.ts) on a small index written here:
 * French folding on both sides, every word required, whole words before
 * word starts before typos, never a typo in a number, results grouped by kind
 * in a fixed order, and an index that ships only the hidden words it needs.
 */
import { describe, expect, it } from 'vitest';
import { createSiteSearch, searchItem, type SearchGroup, type SiteSearchIndex } from '../../src/lib/site-search.ts';

const index: SiteSearchIndex = {
  v: 1,
  items: [
    searchItem({
      kind: 'evenement',
      title: 'La Gironde annonce un « Ségur des oubliés »',
      detail: '27 mars 2024 · Annonce',
      href: '/chronologie/2024/#gironde',
      extra: ['Le département étend la prime aux salariés de la protection de l’enfance.', 'Département de la Gironde'],
    }),
    searchItem({
      kind: 'evenement',
      title: 'Conférence des métiers',
      detail: '18 février 2022 · Annonce',
      href: '/chronologie/2022/#conference',
      extra: ['Extension à la filière socio-éducative.'],
    }),
    searchItem({
      kind: 'source',
      title: 'Budget 2023 du département',
      detail: 'Conseil départemental de la Gironde · 2023',
      href: '/sources/autre/#budget-2023',
    }),
    searchItem({
      kind: 'metier',
      title: 'Éducateur spécialisé ou éducatrice spécialisée',
      detail: '2 situations : oui (2) · depuis avril 2022',
      href: '/metiers/educateur-specialise/',
      extra: ['ES', 'éduc spé'],
    }),
    searchItem({
      kind: 'collectivite',
      title: 'Gironde (33)',
      detail: 'Département · financement volontaire',
      href: '/departements/33/',
    }),
  ],
};
const search = createSiteSearch(index);
const summary = (groups: SearchGroup[] | null) =>
  groups?.map((group) => [group.kind, group.results.map((result) => result.href)]);

describe('la recherche du site', () => {
  it('trouve un mot quels que soient accents, majuscules et élisions, et range les résultats par nature, dans l’ordre fixé', () => {
    expect(summary(search('GIRONDE'))).toEqual([
      ['evenement', ['/chronologie/2024/#gironde']],
      ['source', ['/sources/autre/#budget-2023']],
      ['collectivite', ['/departements/33/']],
    ]);
    expect(summary(search('l’éducatrice'))).toEqual([['metier', ['/metiers/educateur-specialise/']]]);
    expect(summary(search('segur des oublies'))).toEqual([['evenement', ['/chronologie/2024/#gironde']]]);
  });

  it('exige chaque mot de la requête', () => {
    expect(summary(search('gironde 2024'))).toEqual([['evenement', ['/chronologie/2024/#gironde']]]);
    expect(summary(search('gironde laforcade'))).toEqual([]);
  });

  it('cherche aussi dans les mots cachés (résumé, variantes) et le début d’un mot en cours de frappe', () => {
    expect(summary(search('protection enfance'))).toEqual([['evenement', ['/chronologie/2024/#gironde']]]);
    expect(summary(search('socio-éduc'))).toEqual([['evenement', ['/chronologie/2022/#conference']]]);
  });

  it('pardonne une faute de frappe dans un mot, jamais dans un nombre', () => {
    expect(summary(search('girnde'))?.map(([kind]) => kind)).toEqual(['evenement', 'source', 'collectivite']);
    expect(summary(search('conférense'))).toEqual([['evenement', ['/chronologie/2022/#conference']]]);
    expect(summary(search('2025'))).toEqual([]);
  });

  it('place un mot du titre avant un mot des détails', () => {
    const results = search('departement')!.flatMap((group) => group.results);
    const title = results.find((result) => result.href === '/sources/autre/#budget-2023')!;
    const detail = results.find((result) => result.href === '/departements/33/')!;
    expect(title.score).toBeGreaterThan(detail.score);
  });

  it('répond null à une requête sans mot à chercher', () => {
    expect(search('')).toBeNull();
    expect(search('de la')).toBeNull();
    expect(search('   ')).toBeNull();
  });
});

describe('searchItem', () => {
  it('ne garde des textes cachés que les mots que le titre et les détails n’ont pas, une fois chacun', () => {
    const [kind, , , , words] = searchItem({
      kind: 'source',
      title: 'Rapport sur la Gironde',
      detail: 'Sénat',
      href: '/sources/rapport/#r',
      extra: ['La Gironde et le Sénat, rapport sur les départements', 'Départements'],
    });
    expect(kind).toBe(3);
    expect(words).toBe('departement');
  });
});
