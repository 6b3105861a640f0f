/**
 * The query functions of /estimations/, on the real data (what the page
 * shows) and on fixture rows (what they refuse).
 */
import { describe, expect, it } from 'vitest';
import {
  costEstimates,
  coveredVsExcluded,
  estimatesByScope,
  estimationsByIds,
  estimationsCsv,
  officialReportBreakdown,
} from '../../../src/queries/estimations.ts';
import { checkDataset } from '../../../src/schemas/dataset.ts';
import { estimationsDataset } from '../../../src/schemas/estimations.ts';
import { SCOPE_CODES } from '../../../src/lib/codes/estimations.ts';
import { rawCsv, rowsOf } from '../../../src/queries/data.ts';
import { estimation, partA, partB, rest, total } from '../charts/fixtures.ts';

describe('officialReportBreakdown', () => {
  it('ventile les 120 800 ETP du rapport en 92 400 + 26 600 + 1 800, ce dernier calculé par l’observatoire', () => {
    const { total: reportTotal, parts } = officialReportBreakdown();
    expect(reportTotal.valeur).toBe(120800);
    expect(parts.map((part) => part.valeur)).toEqual([92400, 26600, 1800]);
    expect(parts.map((part) => part.derive)).toEqual([false, false, true]);
    expect(new Set([reportTotal.unite, ...parts.map((part) => part.unite)])).toEqual(new Set(['etp']));
  });

  it('refuse des parties dont la somme n’est pas le total', () => {
    const wrong = estimation({ ...rest, valeur: 49 });
    const rows = [total, partA, partB, wrong].map((row, index) => ({
      ...row,
      id:
        ['rapport-art83-total', 'rapport-art83-prive', 'rapport-art83-public', 'rapport-art83-reste-non-ventile'][
          index
        ] ?? row.id,
    }));
    expect(() => officialReportBreakdown(rows)).toThrow(/pas 1/);
  });

  it('refuse d’additionner des personnes et des ETP', () => {
    const rows = [total, partA, { ...partB, unite: 'personnes' as const }, rest].map((row, index) => ({
      ...row,
      id:
        ['rapport-art83-total', 'rapport-art83-prive', 'rapport-art83-public', 'rapport-art83-reste-non-ventile'][
          index
        ] ?? row.id,
    }));
    expect(() => officialReportBreakdown(rows)).toThrow(/unités différentes/);
  });
});

describe('estimatesByScope', () => {
  const groups = estimatesByScope('exclus');

  it('range chaque estimation d’exclus dans un et un seul groupe', () => {
    const grouped = groups.flatMap((group) => group.rows.map((row) => row.id)).sort();
    const expected = rowsOf('estimations')
      .filter((row) => row.nature === 'exclus')
      .map((row) => row.id)
      .sort();
    expect(grouped).toEqual(expected);
  });

  it('suit l’ordre des périmètres et met chaque groupe dans l’ordre des dates', () => {
    const order = groups.map((group) => SCOPE_CODES.indexOf(group.scope));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const group of groups) {
      const dates = group.rows.map((row) => row.date);
      expect(dates).toEqual([...dates].sort((a, b) => a.localeCompare(b)));
      expect(group.rows.every((row) => row.perimetre_code === group.scope)).toBe(true);
    }
  });
});

describe('coveredVsExcluded', () => {
  it('met les ≈700 000 couverts (≈500 000 + ≈200 000, en personnes) face au rapport et à Axess (en ETP)', () => {
    const { covered, excluded } = coveredVsExcluded();
    expect(covered.total.valeur).toBe(700000);
    expect(covered.parts.map((part) => part.valeur)).toEqual([500000, 200000]);
    expect(covered.total.unite).toBe('personnes');
    expect(excluded.map((row) => [row.valeur, row.unite])).toEqual([
      [120800, 'etp'],
      [215000, 'etp'],
    ]);
  });
});

describe('costEstimates', () => {
  it('sépare les coûts annuels des sommes ponctuelles et garde chaque coût une fois', () => {
    const groups = costEstimates();
    expect(groups.map((group) => group.period)).toEqual(['annuel', 'ponctuel']);
    const ids = groups.flatMap((group) => group.rows.map((row) => row.id));
    expect(ids.sort()).toEqual(
      rowsOf('estimations')
        .filter((row) => row.nature === 'cout')
        .map((row) => row.id)
        .sort(),
    );
    expect(groups[1]?.rows.map((row) => row.valeur)).toEqual([156400000, 47900000]);
  });
});

describe('estimationsByIds', () => {
  it('échoue sur un identifiant inconnu, pour casser la construction plutôt que la page', () => {
    expect(() => estimationsByIds(['inexistant'])).toThrow(/inexistant/);
  });
});

describe('estimationsCsv', () => {
  it('écrit un extrait valide de estimations.csv : même en-tête, mêmes lignes une fois relues', () => {
    const selected = rowsOf('estimations').filter((row) => row.nature === 'cout');
    const csv = estimationsCsv(selected);
    expect(csv.split('\n')[0]).toBe(rawCsv('estimations').split('\n')[0]);
    const reread = checkDataset(csv, estimationsDataset);
    expect(reread.problems).toEqual([]);
    expect(reread.rows.map(({ row }) => row)).toEqual(selected);
  });
});
