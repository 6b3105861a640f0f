/**
 * The year pages' rows and summary (src/queries/years.ts,
 * src/views/chronologie/year.ts), on the seven made-up events of
 * tests/fixtures/queries/evenements.csv (2020: 1, 2021: 4, 2022: 2; three
 * milestones) and dated rows written here. Expectations are written out by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChiffreRow } from '../../../src/schemas/chiffres.ts';
import type { CollectiviteRow } from '../../../src/schemas/collectivites.ts';
import type { EstimationRow } from '../../../src/schemas/estimations.ts';
import { loadRows } from '../../../src/schemas/dataset.ts';
import { evenementsDataset } from '../../../src/schemas/evenements.ts';
import { chronologyYears, rowsOfYear, type DatedRows } from '../../../src/queries/years.ts';
import { countsLine, eventsByType, yearCounts, yearIntro, yearLinks } from '../../../src/views/chronologie/year.ts';

const events = loadRows(readFileSync('tests/fixtures/queries/evenements.csv', 'utf8'), evenementsDataset);
// Only `date` matters to the year queries: the other columns are left out of these made-up rows.
const dated = <T>(id: string, date: string) => ({ id, date }) as unknown as T;
const rows: DatedRows = {
  events,
  estimations: [dated<EstimationRow>('est-2021', '2021-12'), dated<EstimationRow>('est-2019', '2019')],
  chiffres: [
    dated<ChiffreRow>('chi-2024', '2024-03-01'),
    dated<ChiffreRow>('chi-2021b', '2021'),
    dated<ChiffreRow>('chi-2021a', '2021-01'),
  ],
  collectivites: [dated<CollectiviteRow>('col-2022', '2022-06-30')],
};
const ids = (list: readonly { id: string }[]) => list.map((row) => row.id);

describe('les années de la chronologie', () => {
  it('vont de la première année des événements à la plus récente des quatre jeux, sans trou', () => {
    expect(chronologyYears(rows)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(yearLinks([2020, 2021]).map((link) => link.href)).toEqual(['/chronologie/2020/', '/chronologie/2021/']);
  });

  it('n’existent pas sans événement', () => {
    expect(chronologyYears({ ...rows, events: [] })).toEqual([]);
  });

  it('rangent chaque ligne dans l’année de sa date, quelle que soit sa précision, de la plus ancienne à la plus récente', () => {
    const year = rowsOfYear(2021, rows);
    expect(ids(year.events)).toEqual(['e-mission', 'e-mois', 'e-decret-b', 'e-decret-a']);
    expect(ids(year.estimations)).toEqual(['est-2021']);
    expect(ids(year.chiffres)).toEqual(['chi-2021b', 'chi-2021a']);
    expect(year.collectivites).toEqual([]);
    expect(ids(rowsOfYear(2023, rows).events)).toEqual([]);
  });
});

describe('le résumé d’une année', () => {
  const year2021 = rowsOfYear(2021, rows);
  const counts = yearCounts(year2021);

  it('compte les lignes de chaque nature et les jalons', () => {
    expect(counts).toEqual({ events: 4, milestones: 1, estimations: 1, chiffres: 2, collectivites: 0 });
  });

  it('dit les événements par nature, les plus nombreux d’abord, à égalité dans l’ordre des types', () => {
    expect(eventsByType(year2021.events)).toBe('2\u00a0décrets, 1\u00a0accord et 1\u00a0mobilisation');
    expect(eventsByType([])).toBeNull();
  });

  it('écrit ses phrases à partir des seuls comptes', () => {
    expect(yearIntro(2021, counts, eventsByType(year2021.events))).toBe(
      'En 2021, la chronologie retient 4\u00a0événements, dont 1\u00a0jalon. Par nature\u00a0: 2\u00a0décrets, 1\u00a0accord et 1\u00a0mobilisation.',
    );
    expect(countsLine(counts)).toBe(
      '4\u00a0événements (dont 1\u00a0jalon), 1\u00a0estimation, 2\u00a0chiffres de contexte et aucun fait sur les collectivités',
    );
    const empty = yearCounts(rowsOfYear(2023, rows));
    expect(yearIntro(2023, empty, null)).toBe('Aucun événement de la chronologie n’est daté de 2023.');
    expect(countsLine(empty)).toBe(
      'aucun événement, aucune estimation, aucun chiffre de contexte et aucun fait sur les collectivités',
    );
  });
});
