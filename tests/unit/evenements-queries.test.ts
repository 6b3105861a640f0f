/** The Chronologie's data access (src/queries/evenements.ts) and its text search, on the real evenements.csv. */
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/queries/data.ts';
import {
  evenementFacets,
  evenementsByYear,
  evenementsSearchIndex,
  evenementsSorted,
  eventTypeLanes,
  filterableEvent,
} from '../../src/queries/evenements.ts';
import { createEventSearch } from '../../src/lib/event-search.ts';
import { foldFrench } from '../../src/lib/fold.ts';
import { formatPartialDate } from '../../src/lib/format.ts';
import { comparePartialDates } from '../../src/lib/dates.ts';
import { DEFAULT_FILTERS, matchesFilters } from '../../src/lib/timeline-filters.ts';
import { EVENT_TYPES } from '../../src/lib/codes/evenements.ts';

const events = rowsOf('evenements');

/** Ids of the events whose title, summary or actors contain the folded phrase: what a reader expects to find. */
function containing(phrase: string): string[] {
  const needle = foldFrench(phrase);
  return events
    .filter((event) => foldFrench([event.titre, event.resume, ...event.acteurs].join(' ')).includes(needle))
    .map((event) => event.id)
    .sort();
}

describe('les dates des événements', () => {
  it('s’écrivent chacune à sa précision', () => {
    for (const event of events) {
      const text = formatPartialDate(event.date);
      if (event.precision_date === 'jour')
        expect(text, event.id).toMatch(/^(?:1er|[1-9]|[12]\d|3[01]) [a-zéû]+ \d{4}$/);
      else if (event.precision_date === 'mois') expect(text, event.id).toMatch(/^[a-zéû]+ \d{4}$/);
      else expect(text, event.id).toMatch(/^\d{4}$/);
    }
  });

  it('s’écrivent comme un journaliste les citerait', () => {
    expect(formatPartialDate('2020-07-13')).toBe('13 juillet 2020');
    expect(formatPartialDate('2021-07')).toBe('juillet 2021');
    expect(formatPartialDate('2023-12')).toBe('décembre 2023');
    expect(formatPartialDate('2021-11-01')).toBe('1er novembre 2021');
    expect(formatPartialDate('2024-08-05')).toBe('5 août 2024');
  });
});

describe('le tri et le regroupement par année', () => {
  it('range du plus ancien au plus récent, et l’inverse exact dans l’autre sens', () => {
    const oldest = evenementsSorted('ancien');
    for (let i = 1; i < oldest.length; i++) {
      expect(comparePartialDates(oldest[i - 1]?.date ?? '', oldest[i]?.date ?? '')).toBeLessThanOrEqual(0);
    }
    expect(evenementsSorted('recent').map((event) => event.id)).toEqual(oldest.map((event) => event.id).reverse());
  });

  it('groupe chaque événement sous son année, une seule fois', () => {
    const groups = evenementsByYear('ancien');
    expect(groups.map((group) => group.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(groups.flatMap((group) => group.events).length).toBe(events.length);
    for (const group of groups) {
      for (const event of group.events) expect(event.date.startsWith(String(group.year))).toBe(true);
    }
    expect(evenementsByYear('recent').map((group) => group.year)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020]);
  });
});

describe('les valeurs proposées par les filtres', () => {
  const facets = evenementFacets();

  it('comptent les événements de chaque type, dans l’ordre du schéma', () => {
    expect(facets.types.map((facet) => facet.value)).toEqual(
      EVENT_TYPES.filter((type) => events.some((event) => event.type === type)),
    );
    expect(facets.types.reduce((sum, facet) => sum + facet.count, 0)).toBe(events.length);
    expect(facets.types.find((facet) => facet.value === 'decret')).toEqual({
      value: 'decret',
      label: 'Décret',
      count: events.filter((event) => event.type === 'decret').length,
    });
  });

  it('nomment les acteurs dans l’ordre alphabétique français, avec leur nombre d’événements', () => {
    const names = facets.acteurs.map((facet) => facet.label);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(new Set(names).size).toBe(names.length);
    const government = facets.acteurs.find((facet) => facet.value === 'Gouvernement');
    expect(government?.count).toBe(events.filter((event) => event.acteurs.includes('Gouvernement')).length);
  });

  it('donnent les secteurs, les filières et les années avec des libellés français', () => {
    expect(facets.secteurs.map((facet) => facet.label)).toContain('Privé non lucratif');
    expect(facets.filieres.map((facet) => facet.label)).toContain('Socio-éducative');
    expect(facets.annees.reduce((sum, year) => sum + year.count, 0)).toBe(events.length);
  });

  it('s’accordent avec le filtrage : chaque valeur retient exactement son nombre d’événements', () => {
    for (const facet of facets.types) {
      expect(
        events.filter((event) =>
          matchesFilters(filterableEvent(event), { ...DEFAULT_FILTERS, type: facet.value }, null),
        ).length,
      ).toBe(facet.count);
    }
    for (const facet of facets.filieres) {
      expect(
        events.filter((event) =>
          matchesFilters(filterableEvent(event), { ...DEFAULT_FILTERS, filiere: facet.value }, null),
        ).length,
      ).toBe(facet.count);
    }
  });

  it('donnent un couloir du graphique par type présent', () => {
    expect(eventTypeLanes().map((lane) => lane.key)).toEqual(facets.types.map((facet) => facet.value));
  });
});

describe('la recherche de texte', () => {
  const index = evenementsSearchIndex();
  const search = createEventSearch(index);
  const found = (query: string): string[] => [...(search(query) ?? [])].sort();

  it('n’expose que les champs utiles à la recherche', () => {
    expect(index).toHaveLength(events.length);
    for (const record of index) expect(Object.keys(record).sort()).toEqual(['acteurs', 'id', 'resume', 'titre']);
  });

  it('trouve exactement les événements Laforcade', () => {
    expect(containing('laforcade').length).toBeGreaterThan(3);
    expect(found('laforcade')).toEqual(containing('laforcade'));
    expect(found('LAFORCADE')).toEqual(containing('laforcade'));
  });

  it.each(['segur pour tous', 'conference des metiers'])('trouve « %s » écrit sans accents', (query) => {
    expect(containing(query).length).toBeGreaterThan(0);
    expect(found(query)).toEqual(containing(query));
  });

  it('pardonne une lettre oubliée', () => {
    expect(found('laforcde')).toEqual(containing('laforcade'));
  });

  it('cherche aussi dans les acteurs', () => {
    expect(found('Conseil d’État')).toEqual(
      expect.arrayContaining(
        events.filter((event) => event.acteurs.includes("Conseil d'État")).map((event) => event.id),
      ),
    );
  });

  it('ne pose aucune condition pour une recherche vide', () => {
    expect(search('  ')).toBeNull();
    expect(search('« »')).toBeNull();
  });
});
