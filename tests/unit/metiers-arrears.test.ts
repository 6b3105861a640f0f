import { describe, expect, it } from 'vitest';
import {
  deadlineOf,
  estimateArrears,
  lastDueMonth,
  prescriptionRule,
  type ArrearsEstimate,
  type ArrearsOptions,
} from '../../src/lib/metiers/arrears.ts';
import type { MoneyInput } from '../../src/lib/metiers/money.ts';
import { DELAIS, MONEY_ROWS } from '../fixtures/money.ts';

const PUBLIC: MoneyInput = { mesureIds: ['mesure-points'], depuis: '2020-09', secteur: 'fph' };
const PRIVATE: MoneyInput = { mesureIds: ['mesure-euros'], depuis: '2021-03', secteur: 'prive_non_lucratif' };

function estimate(
  input: MoneyInput,
  options: Partial<ArrearsOptions> & Pick<ArrearsOptions, 'today'>,
): ArrearsEstimate {
  const result = estimateArrears(input, MONEY_ROWS, { paidFrom: null, ...options });
  if (result.kind !== 'estimation') throw new Error(`pas d’estimation : ${result.kind}`);
  return result;
}

describe('la date limite d’un mois', () => {
  const publicRule = prescriptionRule('fph', DELAIS)!;
  const privateRule = prescriptionRule('prive_non_lucratif', DELAIS)!;
  it.each([
    // Public law: four years from the 1st of January after the month's year.
    [publicRule, '2022-01', '2026-12-31'],
    [publicRule, '2022-12', '2026-12-31'],
    [publicRule, '2020-09', '2024-12-31'],
    // Private law: three years from the pay day, the month's last day.
    [privateRule, '2024-01', '2027-01-31'],
    [privateRule, '2024-02', '2027-02-28'],
    [privateRule, '2021-03', '2024-03-31'],
  ])('%#: %s → %s', (rule, month, deadline) => {
    expect(deadlineOf(month, rule)).toBe(deadline);
  });

  it('trouve la règle du secteur, ou aucune', () => {
    expect(prescriptionRule('fpt', DELAIS)?.id).toBe('prescription-publique');
    expect(prescriptionRule('prive_lucratif', DELAIS)?.id).toBe('prescription-privee');
    expect(prescriptionRule('fpe', DELAIS)).toBeNull();
  });

  it('compte jusqu’au mois dernier', () => {
    expect(lastDueMonth('2026-12-05')).toBe('2026-11');
    expect(lastDueMonth('2027-01-01')).toBe('2026-12');
  });
});

describe('l’estimation d’un rappel', () => {
  it('additionne chaque mois au montant de ce mois-là, dans le public, jamais payé', () => {
    const result = estimate(PUBLIC, { today: '2026-12-05' });
    expect([result.from, result.to, result.months.length]).toEqual(['2020-09', '2026-11', 75]);
    // 3 × 40 € + 7 × 80 € + 65 × 100 €.
    expect(result.total).toMatchObject({ months: 75, gross: 7180, monthsWithoutGross: 0 });
    // Nets: 3 × 30 + 7 × 60 + 65 × 80.
    expect(result.total.net).toBe(5710);
  });

  it('dit quels mois sont prescrits et quelle est la prochaine échéance, dans le public', () => {
    const result = estimate(PUBLIC, { today: '2026-12-05' });
    // 2020 (4 months) and 2021 (12 months) are past their 31 December 2024 and 2025.
    expect(result.barred).toMatchObject({ months: 16, gross: 3 * 40 + 80 + 6 * 80 + 6 * 100 });
    expect(result.claimable.months).toBe(59);
    expect(result.nextDeadline).toMatchObject({
      date: '2026-12-31',
      from: '2022-01',
      to: '2022-12',
      months: 12,
      gross: 1200,
    });
    expect(result.years.map((year) => [year.year, year.months, year.barredMonths, year.firstDeadline])).toEqual([
      [2020, 4, 4, '2024-12-31'],
      [2021, 12, 12, '2025-12-31'],
      [2022, 12, 0, '2026-12-31'],
      [2023, 12, 0, '2027-12-31'],
      [2024, 12, 0, '2028-12-31'],
      [2025, 12, 0, '2029-12-31'],
      [2026, 11, 0, '2030-12-31'],
    ]);
  });

  it('passe à l’année suivante une fois le 31 décembre passé', () => {
    const result = estimate(PUBLIC, { today: '2027-01-01' });
    expect(result.to).toBe('2026-12');
    expect(result.barred.months).toBe(28);
    expect(result.nextDeadline).toMatchObject({ date: '2027-12-31', from: '2023-01', to: '2023-12' });
  });

  it.each([
    // today, barred months, next deadline, its only month
    ['2024-03-15', 0, '2024-03-31', '2021-03'],
    ['2024-03-31', 0, '2024-03-31', '2021-03'],
    ['2024-04-01', 1, '2024-04-30', '2021-04'],
  ])('prescrit mois par mois dans le privé (au %s)', (today, barred, date, month) => {
    const result = estimate(PRIVATE, { today });
    expect(result.barred.months).toBe(barred);
    expect(result.nextDeadline).toMatchObject({ date, from: month, to: month, months: 1, gross: 100 });
  });

  it('s’arrête au mois qui précède le premier paiement', () => {
    const result = estimate(PUBLIC, { today: '2026-12-05', paidFrom: '2022-01' });
    expect([result.from, result.to]).toEqual(['2020-09', '2021-12']);
    expect(result.total.gross).toBe(3 * 40 + 7 * 80 + 6 * 100);
    expect(result.claimable.months).toBe(0);
    expect(result.nextDeadline).toBeNull();
  });

  it.each([
    ['au prorata, à 80 %', PUBLIC, 0.8, 5744, false],
    ['quotité de la réponse quand le lecteur n’en donne pas', { ...PUBLIC, quotite: 0.5 }, null, 3590, false],
    ['quotité du lecteur plutôt que celle de la réponse', { ...PUBLIC, quotite: 0.5 }, 1, 7180, false],
  ] as const)('applique la quotité : %s', (_title, input, quotite, gross, unknown) => {
    const result = estimate(input, { today: '2026-12-05', quotite });
    expect(result.total.gross).toBe(gross);
    expect(result.partTimeUnknown).toBe(unknown);
  });

  it('compte à temps plein, et le dit, quand la règle du temps partiel est inconnue', () => {
    const result = estimate(
      { mesureIds: ['mesure-net'], depuis: '2025-01', secteur: 'prive_lucratif' },
      {
        today: '2026-01-10',
        quotite: 0.5,
      },
    );
    expect(result.partTimeUnknown).toBe(true);
    expect(result.total).toMatchObject({ months: 12, net: 600, gross: 0, monthsWithoutGross: 12 });
  });

  it('ne date aucune prescription sans règle pour le secteur', () => {
    const result = estimate({ ...PUBLIC, secteur: 'fpe' }, { today: '2026-12-05' });
    expect(result.rule).toBeNull();
    expect(result.barred.months).toBe(0);
    expect(result.nextDeadline).toBeNull();
    expect(result.months.every((month) => month.deadline === null)).toBe(true);
  });

  it('signale les mois sans montant et les lignes utilisées', () => {
    const result = estimate({ ...PUBLIC, depuis: '2020-07' }, { today: '2021-01-15' });
    expect(result.missingMonths).toEqual(['2020-07', '2020-08']);
    expect(result.total).toMatchObject({ months: 6, gross: 200, monthsWithoutGross: 2 });
    expect(result.rowIds.sort()).toEqual(['dix-points', 'net-30', 'net-60', 'point-4', 'vingt-points']);
  });

  it.each([
    ['sans date de début', { ...PUBLIC, depuis: null }, { today: '2026-12-05', paidFrom: null }, { kind: 'sans-date' }],
    [
      'payé dès le premier mois',
      PUBLIC,
      { today: '2026-12-05', paidFrom: '2020-09' },
      { kind: 'paye-depuis-le-debut', from: '2020-09' },
    ],
    [
      'payé avant même le premier mois',
      PUBLIC,
      { today: '2026-12-05', paidFrom: '2019-01' },
      { kind: 'paye-depuis-le-debut' },
    ],
    [
      'le premier mois n’est pas encore payé',
      PUBLIC,
      { today: '2020-09-28', paidFrom: null },
      { kind: 'pas-encore-du' },
    ],
    ['le premier mois est à venir', PUBLIC, { today: '2020-01-10', paidFrom: null }, { kind: 'pas-encore-du' }],
  ] as const)('n’estime rien %s', (_title, input, options, expected) => {
    expect(estimateArrears(input, MONEY_ROWS, options)).toMatchObject(expected);
  });

  it.each([
    ['une date du jour mal formée', { today: '05/12/2026', paidFrom: null }],
    ['un jour qui n’existe pas', { today: '2026-02-30', paidFrom: null }],
    ['un mois de paiement mal formé', { today: '2026-12-05', paidFrom: 'mars 2024' }],
  ])('refuse %s', (_title, options) => {
    expect(() => estimateArrears(PUBLIC, MONEY_ROWS, options)).toThrow(RangeError);
  });
});
