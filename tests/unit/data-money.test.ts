/**
 * Data contract of montants.csv, delais.csv and demarches.csv, on the real
 * data: periods never overlap and follow each other without a gap, the
 * calculator finds the euro figures the sources write, the current amount of
 * each measure is the one mesures.csv states, every sector has one limitation
 * rule whose worked examples the calculator reproduces, and every « oui » rule
 * of regles.csv gets an amount.
 */
import { describe, expect, it } from 'vitest';
import { rowById, rowsByIds, rowsOf } from '../../src/queries/data.ts';
import { SECTORS as EMPLOYMENT_SECTORS } from '../../src/lib/codes/common.ts';
import { amountPeriods, monthAmount, roundCents, type AmountRow } from '../../src/lib/metiers/money.ts';
import { deadlineOf, prescriptionRule } from '../../src/lib/metiers/arrears.ts';
import { nextSteps } from '../../src/lib/metiers/next-steps.ts';
import { addMonths, compareMonths, toYearMonth } from '../../src/lib/metiers/months.ts';

const data = { montants: rowsOf('montants'), mesures: rowsOf('mesures'), delais: rowsOf('delais') };

/** Rows of one kind that apply to a measure (or, for the point value, to all), by start. */
function series(kind: AmountRow['grandeur'], mesureId: string | null): AmountRow[] {
  return rowsOf('montants')
    .filter((row) => row.grandeur === kind && (mesureId === null || row.mesure_ids.includes(mesureId)))
    .sort((a, b) => compareMonths(toYearMonth(a.debut), toYearMonth(b.debut)));
}

const measuresWithAmount = [
  ...new Set(rowsOf('montants').flatMap((row) => (row.grandeur === 'montant' ? row.mesure_ids : []))),
];

describe('montants.csv', () => {
  it.each([
    ['valeur_point', null],
    ...measuresWithAmount.map((id) => ['montant', id] as const),
    ...measuresWithAmount.map((id) => ['net_approximatif', id] as const),
    ...measuresWithAmount.map((id) => ['equivalent_brut', id] as const),
  ] as const)('%s %s : des périodes qui ne se chevauchent pas', (kind, mesureId) => {
    const rows = series(kind, mesureId);
    rows.slice(1).forEach((row, index) => {
      const previous = rows[index]!;
      expect(previous.fin, `${previous.id} se termine avant ${row.id}`).not.toBeNull();
      expect(compareMonths(toYearMonth(previous.fin!), toYearMonth(row.debut))).toBeLessThan(0);
    });
  });

  it.each([['valeur_point', null], ...measuresWithAmount.map((id) => ['montant', id] as const)] as const)(
    '%s %s : des périodes qui se suivent sans trou jusqu’à aujourd’hui',
    (kind, mesureId) => {
      const rows = series(kind, mesureId);
      rows.slice(1).forEach((row, index) => {
        expect(addMonths(toYearMonth(rows[index]!.fin!), 1), `${row.id} suit ${rows[index]!.id}`).toBe(
          toYearMonth(row.debut),
        );
      });
      expect(rows.at(-1)?.fin, `${rows.at(-1)?.id} toujours en vigueur`).toBeNull();
    },
  );

  it('retrouve au centime les montants bruts en euros que les sources écrivent', () => {
    const checks = rowsOf('montants').filter((row) => row.grandeur === 'equivalent_brut');
    expect(checks.length).toBeGreaterThan(0);
    for (const row of checks)
      for (const mesureId of row.mesure_ids) {
        const mesure = rowsOf('mesures').find((candidate) => candidate.id === mesureId)!;
        const month = [toYearMonth(row.debut), mesure.date_effet!].sort(compareMonths).at(-1)!;
        const amount = monthAmount([mesureId], data, month);
        expect(
          amount?.gross === null || amount === null ? null : roundCents(amount.gross),
          `${row.id}, ${mesureId}`,
        ).toBe(row.valeur);
      }
  });

  it('donne à chaque mesure le montant que mesures.csv écrit, aujourd’hui', () => {
    for (const mesure of rowsOf('mesures').filter((row) => row.montant !== null && row.date_effet !== null)) {
      const current = series('montant', mesure.id).at(-1);
      expect(current, `${mesure.id} a un montant dans montants.csv`).toBeDefined();
      const unit = {
        points_indice: 'points_indice',
        eur_brut_mensuel: 'eur_brut_mensuel',
        eur_net_mensuel: 'eur_net_mensuel',
      };
      expect([current?.valeur, current?.unite]).toEqual([
        mesure.montant,
        unit[mesure.unite_montant as keyof typeof unit],
      ]);
    }
    expect(measuresWithAmount.every((id) => rowsOf('mesures').some((mesure) => mesure.id === id))).toBe(true);
  });

  it('donne un montant à chaque règle « oui » de regles.csv, dès son premier mois dû ou l’entrée en vigueur de sa mesure, et aujourd’hui', () => {
    const oui = rowsOf('regles').filter((row) => row.verdict === 'oui');
    const secteurOf = (row: (typeof oui)[number]) =>
      rowById('contextes', row.contexte_id[0]!).secteurs.find((sector) =>
        (EMPLOYMENT_SECTORS as readonly string[]).includes(sector),
      ) as (typeof EMPLOYMENT_SECTORS)[number];
    const withoutAmount = oui.filter((row) => {
      if (row.depuis === null) return false;
      const effect = rowsByIds('mesures', row.mesure_ids)
        .map((mesure) => mesure.date_effet)
        .filter((date): date is string => date !== null)
        .map(toYearMonth)
        .sort(compareMonths)[0];
      const first = effect && compareMonths(effect, toYearMonth(row.depuis)) > 0 ? effect : toYearMonth(row.depuis);
      return monthAmount(row.mesure_ids, data, first) === null;
    });
    expect(withoutAmount.map((row) => row.id)).toEqual([]);
    for (const row of oui) {
      const periods = amountPeriods(
        {
          mesureIds: row.mesure_ids,
          depuis: row.depuis === null ? null : toYearMonth(row.depuis),
          secteur: secteurOf(row),
        },
        data,
      );
      expect(periods.at(-1)?.amount, `${row.id} a un montant aujourd’hui`).not.toBeNull();
    }
  });
});

describe('delais.csv', () => {
  it.each(EMPLOYMENT_SECTORS)('donne une règle de prescription et une seule au secteur %s', (secteur) => {
    const rules = rowsOf('delais').filter((row) => row.nature === 'prescription' && row.secteurs.includes(secteur));
    expect(rules).toHaveLength(1);
    expect(prescriptionRule(secteur, rowsOf('delais'))?.id).toBe(rules[0]!.id);
  });

  it('refait les exemples de ses règles : 2022 prescrit le 31 décembre 2026 dans le public, janvier 2024 fin janvier 2027 dans le privé', () => {
    const publicRule = prescriptionRule('fph', rowsOf('delais'))!;
    const privateRule = prescriptionRule('prive_non_lucratif', rowsOf('delais'))!;
    expect(deadlineOf('2022-04', publicRule)).toBe('2026-12-31');
    expect(publicRule.exemple).toContain('31 décembre 2026');
    expect(deadlineOf('2023-01', publicRule)).toBe('2027-12-31');
    expect(publicRule.exemple).toContain('31 décembre 2027');
    expect(deadlineOf('2024-01', privateRule)).toBe('2027-01-31');
    expect(privateRule.exemple).toContain('fin janvier 2027');
  });

  it('ne dit qu’une lettre interrompt la prescription que dans le public', () => {
    expect(
      rowsOf('delais')
        .filter((row) => row.lettre_interrompt)
        .map((row) => row.secteurs),
    ).toEqual([['fph', 'fpt', 'fpe']]);
  });
});

describe('demarches.csv', () => {
  it.each(EMPLOYMENT_SECTORS)('donne au moins trois étapes, de rangs distincts, au secteur %s', (secteur) => {
    const { steps } = nextSteps(secteur, rowsOf('demarches'), rowsOf('delais'));
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(steps[0]?.ordre).toBe(1);
    expect(new Set(steps.map((step) => step.ordre)).size).toBe(steps.length);
  });
});
