/**
 * The query functions of /estimations/, on the hand-made rows of
 * tests/unit/charts/fixtures.ts, given the ids the page asks for: what they
 * group, order and check, and what they refuse. The real rows are checked by
 * the validator and by the data-contract tests, not here.
 */
import { describe, expect, it } from 'vitest';
import {
  COVERED_TOTAL_ID,
  EXCLUDED_AGAINST_COVERED_IDS,
  REPORT_PART_IDS,
  REPORT_TOTAL_ID,
  contestedByRow,
  costEstimates,
  coveredVsExcluded,
  checkedChartRows,
  estimatesByScope,
  estimationsByIds,
  estimationsCsv,
  officialReportBreakdown,
} from '../../../src/queries/estimations.ts';
import { checkDataset } from '../../../src/schemas/dataset.ts';
import { estimationsDataset } from '../../../src/schemas/estimations.ts';
import {
  arrears,
  costAtLeast,
  costOfficial,
  coveredA,
  coveredTotal,
  estimation,
  federation,
  partA,
  partB,
  range,
  rest,
  total,
  union,
} from '../charts/fixtures.ts';
import type { EstimationRow } from '../../../src/schemas/estimations.ts';

/** The report's total and parts under the ids the page asks for. */
const report = (parts: readonly EstimationRow[] = [partA, partB, rest]): EstimationRow[] => [
  { ...total, id: REPORT_TOTAL_ID },
  ...parts.map((part, index) => ({ ...part, id: REPORT_PART_IDS[index]! })),
];

describe('officialReportBreakdown', () => {
  it('ventile le total du rapport en ses parties, dans l’ordre demandé', () => {
    const { total: reportTotal, parts } = officialReportBreakdown(report());
    expect(reportTotal.valeur).toBe(1000);
    expect(parts.map((part) => [part.id, part.valeur, part.derive])).toEqual([
      [REPORT_PART_IDS[0], 700, false],
      [REPORT_PART_IDS[1], 250, false],
      [REPORT_PART_IDS[2], 50, true],
    ]);
  });

  it('refuse des parties dont la somme n’est pas le total', () => {
    expect(() => officialReportBreakdown(report([partA, partB, { ...rest, valeur: 49 }]))).toThrow(/pas 1/);
  });

  it('refuse d’additionner des personnes et des ETP', () => {
    expect(() => officialReportBreakdown(report([partA, { ...partB, unite: 'personnes' }, rest]))).toThrow(
      /unités différentes/,
    );
  });

  it('échoue, en nommant l’identifiant, quand une partie manque', () => {
    expect(() => officialReportBreakdown(report([partA, partB]))).toThrow(REPORT_PART_IDS[2]);
  });
});

describe('estimatesByScope', () => {
  const rows = [federation, partA, union, range, total, partB, costOfficial];

  it('range chaque estimation de la nature demandée dans le groupe de son périmètre, les périmètres dans l’ordre du schéma', () => {
    expect(
      estimatesByScope('exclus_restants', rows).map((group) => [group.scope, group.rows.map((row) => row.id)]),
    ).toEqual([
      ['ensemble', ['total']],
      ['prive_non_lucratif', ['syndicat', 'part-a', 'federation', 'fourchette']],
      ['fonction_publique', ['part-b']],
    ]);
  });

  it('à date égale, met le plus grand chiffre d’abord', () => {
    const small = estimation({ id: 'petit', date: '2024-01', valeur: 10 });
    const large = estimation({ id: 'grand', date: '2024-01', valeur: 20 });
    expect(estimatesByScope('exclus_restants', [small, large])[0]?.rows.map((row) => row.id)).toEqual([
      'grand',
      'petit',
    ]);
  });

  it('ne garde que l’objet demandé', () => {
    expect(estimatesByScope('cout', rows).map((group) => group.rows.map((row) => row.id))).toEqual([['cout-officiel']]);
  });
});

describe('coveredVsExcluded', () => {
  it('met le total des couverts, sans ses parties, face aux estimations d’exclus demandées', () => {
    const rows = [
      { ...coveredTotal, id: COVERED_TOTAL_ID },
      { ...coveredA, id: 'partie-a' },
      { ...total, id: EXCLUDED_AGAINST_COVERED_IDS[0] },
      { ...federation, id: EXCLUDED_AGAINST_COVERED_IDS[1] },
    ];
    const { covered, excluded } = coveredVsExcluded(rows);
    expect(covered.total.valeur).toBe(7000);
    expect(covered.parts).toEqual([]);
    expect(excluded.map((row) => [row.valeur, row.unite])).toEqual([
      [1000, 'etp'],
      [2150, 'etp'],
    ]);
  });
});

describe('checkedChartRows', () => {
  it('refuse de mettre des exclus restants à côté de personnes devenues couvertes', () => {
    const still = { ...total, objet: 'exclus_restants' as const };
    const newly = { ...federation, id: 'devenus', objet: 'devenus_couverts' as const };
    expect(() => checkedChartRows([still, newly])).toThrow(/exclus restants \(total\).*devenues couvertes \(devenus\)/);
  });

  it('laisse passer des exclus restants à côté de couverts, ou des coûts', () => {
    const still = { ...total, objet: 'exclus_restants' as const };
    const stock = { ...coveredTotal, objet: 'couverts' as const };
    expect(checkedChartRows([still, stock])).toEqual([still, stock]);
    expect(checkedChartRows([costOfficial])).toEqual([costOfficial]);
  });
});

describe('costEstimates', () => {
  it('sépare les coûts annuels des sommes ponctuelles, chaque groupe dans l’ordre des dates', () => {
    const groups = costEstimates([arrears, costAtLeast, partA, costOfficial]);
    expect(groups.map((group) => [group.period, group.rows.map((row) => row.id)])).toEqual([
      ['annuel', ['cout-officiel', 'cout-plus-de']],
      ['ponctuel', ['arrieres']],
    ]);
  });

  it('n’écrit pas de groupe vide', () => {
    expect(costEstimates([costOfficial]).map((group) => group.period)).toEqual(['annuel']);
  });
});

describe('les contestations', () => {
  it('vont de la ligne qui conteste à la ligne contestée', () => {
    const rows = [partA, federation, costOfficial, costAtLeast];
    expect(contestedByRow(federation, rows).map((row) => row.id)).toEqual(['part-a']);
  });
});

describe('estimationsByIds', () => {
  it('rend les lignes dans l’ordre demandé', () => {
    expect(estimationsByIds(['part-b', 'total'], [total, partB]).map((row) => row.id)).toEqual(['part-b', 'total']);
  });

  it('échoue sur un identifiant inconnu, pour casser la construction plutôt que la page', () => {
    expect(() => estimationsByIds(['inexistant'], [total])).toThrow(/inexistant/);
  });
});

describe('estimationsCsv', () => {
  it('écrit un extrait valide de estimations.csv : l’en-tête du schéma, les mêmes lignes une fois relues', () => {
    const selected = [costOfficial, costAtLeast, arrears, range, rest];
    const csv = estimationsCsv(selected);
    expect(csv.split('\n')[0]).toBe(Object.keys(estimationsDataset.columns).join(','));
    const reread = checkDataset(csv, estimationsDataset);
    expect(reread.problems).toEqual([]);
    expect(reread.rows.map(({ row }) => row)).toEqual(selected);
  });
});
