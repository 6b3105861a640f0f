/**
 * « Suis-je concerné ? » as built, without a browser: on every profession
 * page, each « oui » says how much today and links to its « Montant, rappel et
 * lettre » page; each of those pages holds the whole block, complete without
 * JavaScript (amount, rule to compute the arrears, limitation, steps, letter).
 */
import { describe, expect, it } from 'vitest';
import { builtPages, byTag, elements, readPage, textOf } from './built-site.ts';

const classes = (element: { attribs: Record<string, string> }) => (element.attribs['class'] ?? '').split(/\s+/);
const professionPages = builtPages().filter(
  (path) => /^\/metiers\/[^/]+\/$/.test(path) && path !== '/metiers/montant/',
);
const moneyPages = builtPages().filter((path) => path.startsWith('/metiers/montant/'));

describe('les pages des métiers', () => {
  it('existent, et certaines répondent « oui »', () => {
    expect(professionPages.length).toBeGreaterThan(1);
    const oui = professionPages.filter((path) =>
      elements(readPage(path).document).some((element) => element.attribs['data-branche'] === 'oui'),
    );
    expect(oui.length).toBeGreaterThan(0);
  });

  it('disent pour chaque « oui » combien aujourd’hui, et mènent à la page du montant, du rappel et de la lettre', () => {
    const missing: string[] = [];
    for (const path of professionPages) {
      const branches = elements(readPage(path).document).filter((element) => element.attribs['data-branche']);
      for (const branch of branches) {
        const summary = elements(branch).find((element) => classes(element).includes('answer-money-summary'));
        const link = summary && byTag(summary, 'a').find((a) => a.attribs['href']?.startsWith('/metiers/montant/'));
        const oui = branch.attribs['data-branche'] === 'oui';
        if (oui && (!summary || !link || byTag(summary, 'strong').length !== 1))
          missing.push(`${path} : « oui » sans montant ni lien`);
        if (!oui && summary) missing.push(`${path} : montant sous une réponse autre que « oui »`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('les pages « Montant, rappel et lettre »', () => {
  it('existent', () => {
    expect(moneyPages.length).toBeGreaterThan(0);
  });

  it('donnent chacune le montant, le premier mois dû, la prescription et la lettre, sans JavaScript', () => {
    const incomplete = moneyPages.filter((path) => {
      const blocks = byTag(readPage(path).document, 'answer-money');
      if (blocks.length !== 1) return true;
      const text = textOf(blocks[0]!);
      return (
        !['Combien, aujourd’hui', 'Prescription', 'Madame, Monsieur,'].every((part) => text.includes(part)) ||
        !/Dû depuis|Premier mois dû/.test(text)
      );
    });
    expect(incomplete).toEqual([]);
  });
});

describe('le parcours guidé sans JavaScript', () => {
  const sectorPages = builtPages().filter(
    (path) => path.startsWith('/metiers/secteur/') && path !== '/metiers/secteur/tous/',
  );
  const employersOf = (path: string) =>
    elements(readPage(path).document)
      .filter((element) => classes(element).includes('guided-context'))
      .map((section) => byTag(section, 'h3')[0]?.attribs['id'])
      .filter((id): id is string => id !== undefined);

  it('mène, quand on ne sait pas son secteur, de chaque employeur à ses métiers sur la page d’un de ses secteurs', () => {
    const links = byTag(readPage('/metiers/secteur/tous/').document, 'a')
      .map((link) => link.attribs['href'] ?? '')
      .filter((href) => href.startsWith('/metiers/secteur/'));
    expect(links.length).toBeGreaterThan(0);
    const broken = links.filter((href) => {
      const [path, anchor] = href.split('#');
      return !path || !anchor || !sectorPages.includes(path) || !readPage(path).ids.includes(anchor);
    });
    expect(broken).toEqual([]);
  });

  it('y liste chaque employeur des pages de secteur, une fois', () => {
    const listed = byTag(readPage('/metiers/secteur/tous/').document, 'a')
      .map((link) => (link.attribs['href'] ?? '').split('#')[1])
      .filter((anchor): anchor is string => anchor?.startsWith('contexte-') ?? false);
    const everywhere = new Set(sectorPages.flatMap(employersOf));
    expect(new Set(listed)).toEqual(everywhere);
    expect(listed.length).toBe(everywhere.size);
  });
});
