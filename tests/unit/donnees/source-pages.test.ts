/**
 * The pages of the bibliography's full records, on invented sources: a long
 * type is cut by content into /sources/<type>/ and /sources/<type>/<n>/, every
 * record on exactly one page, and its address names that page.
 */
import { describe, expect, it } from 'vitest';
import { pageRecords } from '../../../src/queries/source-pages.ts';
import type { BibliographyGroup } from '../../../src/queries/bibliography.ts';
import type { SourceRow } from '../../../src/schemas/sources.ts';

function source(id: string, type: SourceRow['type'], note: string | null = null): SourceRow {
  return {
    id,
    titre: `Titre ${id}`,
    editeur: 'Éditeur',
    date_publication: '2024',
    date_deduite: false,
    url: null,
    url_origine: null,
    reference: null,
    type,
    note,
  } as SourceRow;
}

const groups: BibliographyGroup[] = [
  {
    type: 'article_presse',
    entries: ['a', 'b', 'c', 'd', 'e'].map((id) => ({
      source: source(id, 'article_presse', 'x'.repeat(80)),
      citations: [],
    })),
  },
  { type: 'loi', entries: [{ source: source('loi-1', 'loi'), citations: [] }] },
];

describe('les pages des fiches de sources', () => {
  it('coupent un type long par contenu, sans perdre ni répéter une fiche', () => {
    const { pages } = pageRecords(groups, 250);
    const articles = pages.filter((page) => page.group.type === 'article_presse');
    expect(articles.length).toBeGreaterThan(1);
    expect(articles.flatMap((page) => page.entries.map((entry) => entry.source.id))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(articles[0]!.pages.map((entry) => entry.href)).toEqual(
      articles.map((page) => (page.page === 1 ? '/sources/article-presse/' : `/sources/article-presse/${page.page}/`)),
    );
    expect(articles.at(-1)!.pages.at(-1)!.last).toBe(5);
  });

  it('gardent un type court sur une seule page, à l’adresse du type', () => {
    const { pages, pageOfSource } = pageRecords(groups, 250);
    expect(pages.filter((page) => page.group.type === 'loi').map((page) => page.page)).toEqual([1]);
    expect(pageOfSource.get('loi-1')).toBe('/sources/loi/');
  });

  it('donnent à chaque source l’adresse de la page qui porte sa fiche', () => {
    const { pages, pageOfSource } = pageRecords(groups, 250);
    for (const page of pages) {
      for (const { source: row } of page.entries)
        expect(pageOfSource.get(row.id)).toBe(page.pages[page.page - 1]!.href);
    }
  });

  it('ne coupent rien quand tout tient dans le budget', () => {
    expect(pageRecords(groups, 1_000_000).pages.map((page) => page.page)).toEqual([1, 1]);
  });
});
