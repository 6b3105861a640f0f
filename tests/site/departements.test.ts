/**
 * /departements/ and the collectivity pages as built, without a browser:
 * every page says that « rien de documenté » does not mean « rien de fait »
 * and how to send a source; national rows stay out of the local table.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, byTag, elements, readPage, textOf } from './built-site.ts';

const pages = builtPages().filter((path) => path.startsWith('/departements/'));
const byClass = (path: string, name: string) =>
  elements(readPage(path).document).filter((element) => (element.attribs['class'] ?? '').split(/\s+/).includes(name));

describe('les pages de /departements/', () => {
  it('comptent la page d’ensemble et une fiche par collectivité documentée', () => {
    expect(pages).toContain('/departements/');
    expect(pages.length).toBeGreaterThan(1);
  });

  it('disent toutes que « rien de documenté » ne veut pas dire « rien de fait », et comment envoyer une source', () => {
    const missing = pages.filter((path) => {
      const notice = byClass(path, 'rien-documente')[0];
      // French typography: no-break spaces inside the guillemets.
      return (
        !notice ||
        !textOf(notice).includes('«\u00a0Rien de documenté\u00a0» ne veut pas dire «\u00a0rien de fait\u00a0»') ||
        !byTag(notice, 'a').some((link) => link.attribs['href'] === '/a-propos/#signaler')
      );
    });
    expect(missing).toEqual([]);
  });

  it('tiennent les lignes nationales à part du tableau des collectivités', () => {
    const page = readPage('/departements/');
    const rowIds = (id: string) => {
      const table = elements(page.document).find((element) => element.attribs['id'] === id);
      return table ? byTag(table, 'tr').flatMap((row) => row.attribs['id'] ?? []) : [];
    };
    const national = elements(page.document).find((element) => element.attribs['id'] === 'national');
    expect(national).toBeDefined();
    const nationalRows = byTag(national!, 'tr').flatMap((row) => row.attribs['id'] ?? []);
    expect(nationalRows.length).toBeGreaterThan(0);
    expect(rowIds('tableau-collectivites').filter((id) => nationalRows.includes(id))).toEqual([]);
  });
});
