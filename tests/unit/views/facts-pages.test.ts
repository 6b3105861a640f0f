/**
 * The pages of /departements/faits/ when the facts outgrow one page: cut by
 * content with a small budget here, every fact on exactly one page, the
 * national table closing the last one, and each fact's address naming its page.
 */
import { describe, expect, it } from 'vitest';
import { factRowHref, factsPagePath, factsTablePages } from '../../../src/views/departements/overview.ts';

describe('les pages de « Tous les faits »', () => {
  const whole = factsTablePages(Number.POSITIVE_INFINITY);
  const cut = factsTablePages(20_000);

  it('tiennent sur une page quand le budget le permet', () => {
    expect(whole).toHaveLength(1);
    expect(whole[0]!.pages.map((page) => page.href)).toEqual(['/departements/faits/']);
  });

  it('se coupent par contenu sans perdre, répéter ni déranger un fait', () => {
    expect(cut.length).toBeGreaterThan(1);
    expect(cut.flatMap((page) => page.local.map((fact) => fact.id))).toEqual(whole[0]!.local.map((fact) => fact.id));
    expect(cut.map((page) => page.pages[page.page - 1]!.href)).toEqual(cut.map((page) => factsPagePath(page.page)));
  });

  it('mettent les faits nationaux sur la dernière page, et là seulement', () => {
    expect(cut.at(-1)!.national.map((fact) => fact.id)).toEqual(whole[0]!.national.map((fact) => fact.id));
    expect(cut.slice(0, -1).every((page) => page.national.length === 0)).toBe(true);
    expect(cut.every((page, index) => page.pages[index]!.national === (index === cut.length - 1))).toBe(true);
  });

  it('numérotent les faits de chaque page à la suite', () => {
    const pager = cut[0]!.pages;
    pager.slice(1).forEach((entry, index) => expect(entry.first).toBe(pager[index]!.last + 1));
    expect(pager.at(-1)!.last).toBeLessThanOrEqual(whole[0]!.localTotal);
  });

  it('donnent à un fait national l’adresse de sa ligne, sur la page qui le porte', () => {
    const fact = whole[0]!.national[0];
    expect(fact).toBeDefined();
    expect(factRowHref(fact!.id)).toBe(`/departements/faits/#ligne-${fact!.id}`);
    expect(() => factRowHref('fait-inexistant')).toThrow(/Fait inconnu/);
  });
});
