import { describe, expect, it } from 'vitest';
import {
  amountPeriods,
  isValidQuotite,
  monthAmount,
  periodAt,
  prorate,
  startMonth,
  type MoneyInput,
} from '../../src/lib/metiers/money.ts';
import { MONEY_ROWS } from '../fixtures/money.ts';

const input = (overrides: Partial<MoneyInput> = {}): MoneyInput => ({
  mesureIds: ['mesure-points'],
  depuis: '2020-09',
  secteur: 'fph',
  ...overrides,
});

describe('le montant d’un mois pour un temps plein', () => {
  it.each([
    // month, measures, measure used, points, point value, gross, net, where the net comes from, rows
    ['2020-09', ['mesure-points'], 'mesure-points', 10, 4, 40, 30, 'approximatif', ['dix-points', 'point-4', 'net-30']],
    [
      '2020-12',
      ['mesure-points'],
      'mesure-points',
      20,
      4,
      80,
      60,
      'approximatif',
      ['vingt-points', 'point-4', 'net-60'],
    ],
    [
      '2021-07',
      ['mesure-points'],
      'mesure-points',
      20,
      5,
      100,
      80,
      'rapport',
      ['vingt-points', 'point-5', 'rapport-08'],
    ],
    [
      '2022-04',
      ['mesure-tardive'],
      'mesure-tardive',
      20,
      5,
      100,
      80,
      'rapport',
      ['vingt-points', 'point-5', 'rapport-08'],
    ],
    ['2021-03', ['mesure-euros'], 'mesure-euros', null, null, 100, 75, 'approximatif', ['cent-euros', 'net-75']],
    ['2021-01', ['mesure-net'], 'mesure-net', null, null, null, 50, 'montant', ['cinquante-net']],
    // The first measure of the list with an amount that month gives it: before its date of effect, the next one.
    [
      '2021-02',
      ['mesure-euros', 'mesure-points'],
      'mesure-points',
      20,
      4,
      80,
      60,
      'approximatif',
      ['vingt-points', 'point-4', 'net-60'],
    ],
    [
      '2021-03',
      ['mesure-euros', 'mesure-points'],
      'mesure-euros',
      null,
      null,
      100,
      75,
      'approximatif',
      ['cent-euros', 'net-75'],
    ],
  ] as const)('%s avec %j : %s', (month, mesureIds, mesureId, points, pointValue, gross, net, netKind, rowIds) => {
    expect(monthAmount(mesureIds, MONEY_ROWS, month)).toMatchObject({
      mesureId,
      points,
      pointValue,
      gross,
      net: net === null ? null : expect.closeTo(net, 9),
      netKind,
      rowIds: [...rowIds],
    });
  });

  it.each([
    ['avant la date d’effet de la mesure', ['mesure-tardive'], '2022-03'],
    ['avant la première ligne de montant', ['mesure-points'], '2020-08'],
    ['pour une mesure sans montant', ['mesure-sans-montant'], '2024-01'],
    ['pour une mesure inconnue', ['inconnue'], '2024-01'],
  ])('ne donne rien %s', (_title, mesureIds, month) => {
    expect(monthAmount(mesureIds, MONEY_ROWS, month)).toBeNull();
  });
});

describe('le montant à temps partiel', () => {
  const points = monthAmount(['mesure-points'], MONEY_ROWS, '2021-07')!;
  const net = monthAmount(['mesure-net'], MONEY_ROWS, '2021-07')!;
  it.each([
    ['au prorata, à 80 %', points, 0.8, { gross: 80, net: 64, quotite: 0.8, partTimeUnknown: false }],
    ['au prorata, à mi-temps', points, 0.5, { gross: 50, net: 40, quotite: 0.5, partTimeUnknown: false }],
    ['sans quotité donnée', points, null, { gross: 100, net: 80, quotite: 1, partTimeUnknown: false }],
    ['avec une quotité impossible', points, 1.5, { gross: 100, net: 80, quotite: 1, partTimeUnknown: false }],
    ['sans règle connue pour le temps partiel', net, 0.5, { gross: null, net: 50, quotite: 1, partTimeUnknown: true }],
    ['sans règle connue, à temps plein', net, 1, { gross: null, net: 50, quotite: 1, partTimeUnknown: false }],
  ] as const)('%s', (_title, amount, quotite, expected) => {
    expect(prorate(amount, quotite)).toEqual(expected);
  });

  it('arrondit au centime', () => {
    const amount = { ...points, gross: 241.21622, net: null };
    expect(prorate(amount, 0.8).gross).toBe(192.97);
  });

  it.each([
    [1, true],
    [0.5, true],
    [0, false],
    [-0.2, false],
    [1.01, false],
    [Number.NaN, false],
    [null, false],
  ])('accepte la quotité %s : %s', (value, expected) => {
    expect(isValidQuotite(value)).toBe(expected);
  });
});

describe('le montant période par période', () => {
  it('découpe aux changements de points, de valeur du point et de net', () => {
    const periods = amountPeriods(input(), MONEY_ROWS);
    expect(periods.map(({ from, to, amount }) => [from, to, amount?.gross, amount?.net])).toEqual([
      ['2020-09', '2020-11', 40, 30],
      ['2020-12', '2021-06', 80, 60],
      ['2021-07', null, 100, expect.closeTo(80, 9)],
    ]);
  });

  it('commence au premier mois dû de la réponse', () => {
    const periods = amountPeriods(input({ depuis: '2021-01' }), MONEY_ROWS);
    expect(periods.map(({ from, to }) => [from, to])).toEqual([
      ['2021-01', '2021-06'],
      ['2021-07', null],
    ]);
  });

  it('passe d’une mesure à l’autre quand la seconde entre en vigueur', () => {
    const periods = amountPeriods(
      input({ mesureIds: ['mesure-euros', 'mesure-points'], depuis: '2020-12' }),
      MONEY_ROWS,
    );
    expect(periods.map(({ from, to, amount }) => [from, to, amount?.mesureId])).toEqual([
      ['2020-12', '2021-02', 'mesure-points'],
      ['2021-03', null, 'mesure-euros'],
    ]);
  });

  it('part de la date d’effet quand la réponse n’a pas de date', () => {
    expect(startMonth(input({ depuis: null, mesureIds: ['mesure-euros'] }), MONEY_ROWS)).toBe('2021-03');
    expect(startMonth(input({ depuis: null, mesureIds: ['mesure-sans-montant'] }), MONEY_ROWS)).toBeNull();
    expect(amountPeriods(input({ depuis: null, mesureIds: ['mesure-sans-montant'] }), MONEY_ROWS)).toEqual([]);
  });

  it('donne la période d’un mois, ou la dernière sans date du jour', () => {
    const periods = amountPeriods(input(), MONEY_ROWS);
    expect(periodAt(periods, '2021-01')?.from).toBe('2020-12');
    expect(periodAt(periods, '2030-01')?.from).toBe('2021-07');
    expect(periodAt(periods, null)?.from).toBe('2021-07');
    expect(periodAt(periods, '2019-01')).toBeNull();
  });
});
