/**
 * /chronologie/ when its events outgrow the page: the earliest years are left
 * to their own pages, the latest kept (at least one), and every event keeps an
 * address where it is read. Cut here with small budgets.
 */
import { describe, expect, it } from 'vitest';
import { timelinePage } from '../../../src/views/chronologie/timeline.ts';
import { TIMELINE_LIST_CHARS, evenementHref, yearsLeftToTheirPages } from '../../../src/queries/evenements.ts';

describe('la liste de la chronologie, coupée par contenu', () => {
  const whole = timelinePage(Number.POSITIVE_INFINITY);
  const years = whole.years.map((year) => year.year);

  it('garde toutes les années quand tout tient, sans renvoi', () => {
    expect(whole.earlier).toEqual([]);
    const first = whole.years[0]!.entries[0]!.event.id;
    expect(whole.hrefOf(first)).toBe(`#${first}`);
  });

  it('garde avec son budget au moins les trois dernières années', () => {
    expect(timelinePage(TIMELINE_LIST_CHARS).years.length).toBeGreaterThanOrEqual(Math.min(3, years.length));
  });

  it('laisse les premières années à leur page et garde les dernières, dans l’ordre', () => {
    const cut = timelinePage(20_000);
    expect(cut.earlier.length).toBeGreaterThan(0);
    expect([...cut.earlier.map((entry) => entry.year), ...cut.years.map((year) => year.year)]).toEqual(years);
    expect(cut.earlier.map((entry) => entry.count)).toEqual(
      whole.years.slice(0, cut.earlier.length).map((year) => year.entries.length),
    );
    expect(cut.earlier.map((entry) => entry.href)).toEqual(cut.earlier.map((entry) => `/chronologie/${entry.year}/`));
  });

  it('mène chaque événement d’une année laissée à la page de cette année, les autres à la liste', () => {
    const cut = timelinePage(20_000);
    const left = whole.years[0]!;
    const event = left.entries[0]!.event.id;
    expect(cut.hrefOf(event)).toBe(`/chronologie/${left.year}/#${event}`);
    const kept = cut.years.at(-1)!.entries[0]!.event.id;
    expect(cut.hrefOf(kept)).toBe(`#${kept}`);
  });

  it('garde toujours la dernière année, même plus lourde que le budget', () => {
    expect(yearsLeftToTheirPages(1)).toEqual(years.slice(0, -1));
  });

  it('donne de chaque événement l’adresse où il se lit, selon la coupe du budget', () => {
    const left = new Set(yearsLeftToTheirPages());
    for (const year of whole.years) {
      const event = year.entries[0]!.event;
      expect(evenementHref(event)).toBe(
        left.has(year.year) ? `/chronologie/${year.year}/#${event.id}` : `/chronologie/#${event.id}`,
      );
    }
  });
});
