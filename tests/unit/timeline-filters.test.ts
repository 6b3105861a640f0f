import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_FILTERS,
  filterStateToSearch,
  hasActiveFilters,
  matchesFilters,
  parseFilterState,
  type FilterableEvent,
  type TimelineFilterState,
} from '../../src/lib/timeline-filters.ts';

const decree: FilterableEvent = {
  id: '2022-11-30-decret',
  type: 'decret',
  acteurs: ['Gouvernement'],
  secteurs: ['public'],
  filieres: ['socio_educative'],
  annee: 2022,
};

describe('l’état des filtres dans l’adresse', () => {
  it('lit chaque paramètre', () => {
    expect(
      parseFilterState(
        '?q=laforcade&type=decret&acteur=Conseil+d%27%C3%89tat&secteur=public&filiere=technique&debut=2021&fin=2023&ordre=recent',
      ),
    ).toEqual({
      q: 'laforcade',
      type: 'decret',
      acteur: "Conseil d'État",
      secteur: 'public',
      filiere: 'technique',
      debut: 2021,
      fin: 2023,
      ordre: 'recent',
    });
  });

  it('donne la vue complète, du plus ancien au plus récent, sans paramètre', () => {
    expect(parseFilterState('')).toEqual(DEFAULT_FILTERS);
    expect(filterStateToSearch(DEFAULT_FILTERS)).toBe('');
    expect(hasActiveFilters(DEFAULT_FILTERS)).toBe(false);
  });

  it('ignore une année mal formée, un ordre inconnu et des paramètres vides', () => {
    expect(parseFilterState('?debut=22&fin=deux-mille&ordre=hasard&type=&q=%20%20')).toEqual(DEFAULT_FILTERS);
  });

  it('remet dans l’ordre une plage d’années inversée', () => {
    const state = parseFilterState('?debut=2024&fin=2021');
    expect([state.debut, state.fin]).toEqual([2021, 2024]);
  });

  it('n’écrit que ce qui s’écarte de la vue par défaut, dans un ordre fixe', () => {
    const state: TimelineFilterState = { ...DEFAULT_FILTERS, type: 'decret', q: 'ségur pour tous' };
    expect(filterStateToSearch(state)).toBe('?q=s%C3%A9gur+pour+tous&type=decret');
    expect(filterStateToSearch({ ...DEFAULT_FILTERS, ordre: 'recent' })).toBe('?ordre=recent');
    expect(hasActiveFilters({ ...DEFAULT_FILTERS, ordre: 'recent' })).toBe(false);
  });

  it('relit exactement ce qu’elle a écrit', () => {
    const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
    const word = fc.string({ minLength: 1, maxLength: 20 }).filter((value) => value.trim() === value && value !== '');
    const year = fc.integer({ min: 2000, max: 2099 });
    fc.assert(
      fc.property(
        fc.record({
          type: nullable(word),
          acteur: nullable(word),
          secteur: nullable(word),
          filiere: nullable(word),
          debut: nullable(year),
          fin: nullable(year),
          q: fc.oneof(fc.constant(''), word),
          ordre: fc.constantFrom('ancien' as const, 'recent' as const),
        }),
        (state) => {
          const ordered =
            state.debut !== null && state.fin !== null && state.debut > state.fin
              ? { ...state, debut: state.fin, fin: state.debut }
              : state;
          expect(parseFilterState(filterStateToSearch(ordered))).toEqual(ordered);
        },
      ),
    );
  });
});

describe('le filtrage d’un événement', () => {
  it('garde un événement sans filtre', () => {
    expect(matchesFilters(decree, DEFAULT_FILTERS, null)).toBe(true);
  });

  it.each<[string, Partial<TimelineFilterState>, boolean]>([
    ['le bon type', { type: 'decret' }, true],
    ['un autre type', { type: 'loi' }, false],
    ['un acteur cité', { acteur: 'Gouvernement' }, true],
    ['un acteur absent', { acteur: 'CGT' }, false],
    ['son secteur', { secteur: 'public' }, true],
    ['un autre secteur', { secteur: 'prive_lucratif' }, false],
    ['sa filière', { filiere: 'socio_educative' }, true],
    ['une autre filière', { filiere: 'soignante' }, false],
    ['une plage qui contient son année', { debut: 2022, fin: 2022 }, true],
    ['une plage qui commence après', { debut: 2023 }, false],
    ['une plage qui finit avant', { fin: 2021 }, false],
  ])('filtre sur %s', (_label, change, expected) => {
    expect(matchesFilters(decree, { ...DEFAULT_FILTERS, ...change }, null)).toBe(expected);
  });

  it('n’applique la recherche de texte qu’à travers les identifiants trouvés', () => {
    const state = { ...DEFAULT_FILTERS, q: 'cti' };
    expect(matchesFilters(decree, state, new Set([decree.id]))).toBe(true);
    expect(matchesFilters(decree, state, new Set())).toBe(false);
    expect(matchesFilters(decree, state, null)).toBe(true);
  });
});
