/**
 * The Chronologie's data access (src/queries/evenements.ts) and its text
 * search, on tests/fixtures/queries/evenements.csv: seven made-up events with
 * dates at every precision, two on the same day, accents in titles and actors.
 * Every expectation is written out by hand from that file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  evenementFacets,
  evenementsByYear,
  evenementsSearchIndex,
  evenementsSorted,
  eventTypeLanes,
  filterableEvent,
  latestEvenements,
  timelineSpan,
} from '../../../src/queries/evenements.ts';
import { createEventSearch } from '../../../src/lib/event-search.ts';
import { DEFAULT_FILTERS, matchesFilters } from '../../../src/lib/timeline-filters.ts';
import { loadRows } from '../../../src/schemas/dataset.ts';
import { evenementsDataset } from '../../../src/schemas/evenements.ts';

const events = loadRows(readFileSync('tests/fixtures/queries/evenements.csv', 'utf8'), evenementsDataset);
const ids = (list: readonly { id: string }[]) => list.map((event) => event.id);

describe('le tri et le regroupement par année', () => {
  it('range du plus ancien au plus récent, une date au mois ou à l’année avant les jours de cette période, le même jour dans l’ordre du fichier', () => {
    expect(ids(evenementsSorted('ancien', events))).toEqual([
      'e-accord',
      'e-mission',
      'e-mois',
      'e-decret-b',
      'e-decret-a',
      'e-rapport',
      'e-conference',
    ]);
  });

  it('range du plus récent au plus ancien dans l’ordre exactement inverse', () => {
    expect(ids(evenementsSorted('recent', events))).toEqual([
      'e-conference',
      'e-rapport',
      'e-decret-a',
      'e-decret-b',
      'e-mois',
      'e-mission',
      'e-accord',
    ]);
  });

  it('groupe chaque événement sous son année', () => {
    expect(evenementsByYear('ancien', events).map((group) => [group.year, ids(group.events)])).toEqual([
      [2020, ['e-accord']],
      [2021, ['e-mission', 'e-mois', 'e-decret-b', 'e-decret-a']],
      [2022, ['e-rapport', 'e-conference']],
    ]);
    expect(evenementsByYear('recent', events).map((group) => group.year)).toEqual([2022, 2021, 2020]);
  });

  it('donne les derniers événements, le plus récent d’abord', () => {
    expect(ids(latestEvenements(3, events))).toEqual(['e-conference', 'e-rapport', 'e-decret-b']);
  });
});

describe('l’étendue de la chronologie', () => {
  it('va du premier événement au plus récent, quelle que soit leur place dans le fichier', () => {
    const { first, last } = timelineSpan(events);
    expect([first.id, last.id]).toEqual(['e-accord', 'e-conference']);
  });

  it('refuse une chronologie vide au lieu d’inventer ses bornes', () => {
    expect(() => timelineSpan([])).toThrow(/aucun événement/);
  });
});

describe('les valeurs proposées par les filtres', () => {
  const facets = evenementFacets(events);

  it('comptent les événements de chaque type présent, dans l’ordre du schéma, avec leur nom français', () => {
    expect(facets.types).toEqual([
      { value: 'accord', label: 'Accord', count: 2 },
      { value: 'decret', label: 'Décret', count: 2 },
      { value: 'annonce', label: 'Annonce', count: 1 },
      { value: 'rapport', label: 'Rapport', count: 1 },
      { value: 'mobilisation', label: 'Mobilisation', count: 1 },
    ]);
  });

  it('nomment les acteurs dans l’ordre alphabétique français, avec leur nombre d’événements', () => {
    expect(facets.acteurs.map((facet) => [facet.label, facet.count])).toEqual([
      ['CGT', 1],
      ["Conseil d'État", 1],
      ['Départements de France', 2],
      ['Gouvernement', 5],
      ['Mission Laforcade', 1],
      ['Syndicats', 1],
    ]);
  });

  it('donnent les secteurs, les filières et les années avec leur nombre d’événements', () => {
    expect(facets.secteurs).toEqual([
      { value: 'public', label: 'Public', count: 5 },
      { value: 'prive_non_lucratif', label: 'Privé non lucratif', count: 3 },
    ]);
    expect(facets.filieres).toEqual([
      { value: 'soignante', label: 'Soignante', count: 2 },
      { value: 'socio_educative', label: 'Socio-éducative', count: 2 },
    ]);
    expect(facets.annees).toEqual([
      { value: 2020, count: 1 },
      { value: 2021, count: 4 },
      { value: 2022, count: 2 },
    ]);
  });

  it('s’accordent avec le filtrage du navigateur : chaque valeur retient exactement son nombre d’événements', () => {
    const kept = (filters: Partial<typeof DEFAULT_FILTERS>) =>
      events.filter((event) => matchesFilters(filterableEvent(event), { ...DEFAULT_FILTERS, ...filters }, null)).length;
    for (const facet of facets.types) expect(kept({ type: facet.value })).toBe(facet.count);
    for (const facet of facets.filieres) expect(kept({ filiere: facet.value })).toBe(facet.count);
    for (const facet of facets.acteurs) expect(kept({ acteur: facet.value })).toBe(facet.count);
  });

  it('donnent un couloir du graphique par type présent, dans l’ordre du schéma', () => {
    expect(eventTypeLanes(events).map((lane) => [lane.key, lane.plural])).toEqual([
      ['accord', 'accords'],
      ['decret', 'décrets'],
      ['annonce', 'annonces'],
      ['rapport', 'rapports'],
      ['mobilisation', 'mobilisations'],
    ]);
  });
});

describe('la recherche de texte', () => {
  const index = evenementsSearchIndex(events);
  const search = createEventSearch(index);
  const found = (query: string): string[] => [...(search(query) ?? [])].sort();

  it('n’expose que les champs utiles à la recherche et aux filtres, du plus ancien au plus récent', () => {
    expect(index.map((record) => Object.keys(record).sort())).toEqual(
      events.map(() => ['acteurs', 'annee', 'date', 'filieres', 'href', 'id', 'resume', 'secteurs', 'titre', 'type']),
    );
    expect(ids(index)).toEqual(ids(evenementsSorted('ancien', events)));
  });

  it('dit de chaque événement sa date lisible et sa place sur la page de son année', () => {
    for (const record of index) {
      const row = events.find((event) => event.id === record.id)!;
      expect(record.href).toBe(`/chronologie/${row.date.slice(0, 4)}/#${row.id}`);
      expect(record.annee).toBe(Number(row.date.slice(0, 4)));
      expect(record.date).not.toMatch(/^\d{4}-/);
    }
  });

  it('trouve un mot du titre, du résumé ou des acteurs, quelle que soit la casse', () => {
    expect(found('laforcade')).toEqual(['e-mission']);
    expect(found('LAFORCADE')).toEqual(['e-mission']);
    expect(found('matignon')).toEqual(['e-accord']);
  });

  it('ignore les accents et pardonne une lettre oubliée', () => {
    expect(found('conference des metiers')).toEqual(['e-conference']);
    expect(found('laforcde')).toEqual(['e-mission']);
  });

  it('cherche aussi dans les acteurs, apostrophe typographique ou droite', () => {
    expect(found('Conseil d’État')).toEqual(['e-rapport']);
  });

  it('ne pose aucune condition pour une recherche vide', () => {
    expect(search('  ')).toBeNull();
    expect(search('« »')).toBeNull();
  });
});
