import { describe, expect, it } from 'vitest';
import {
  addMonths,
  compareMonths,
  isIsoDay,
  isYearMonth,
  lastDayOf,
  localDay,
  monthsFromTo,
  toYearMonth,
  yearOf,
} from '../../src/lib/metiers/months.ts';

describe('les mois de paie', () => {
  it.each([
    ['2020-09', 3, '2020-12'],
    ['2020-12', 1, '2021-01'],
    ['2021-01', -1, '2020-12'],
    ['2022-06', -18, '2020-12'],
  ])('%s décalé de %i mois donne %s', (month, count, expected) => {
    expect(addMonths(month, count)).toBe(expected);
  });

  it.each([
    ['2020-11', '2021-02', ['2020-11', '2020-12', '2021-01', '2021-02']],
    ['2021-03', '2021-03', ['2021-03']],
    ['2021-04', '2021-03', []],
  ])('de %s à %s', (from, to, expected) => {
    expect(monthsFromTo(from, to)).toEqual(expected);
  });

  it.each([
    ['2024-02', '2024-02-29'],
    ['2027-02', '2027-02-28'],
    ['2026-12', '2026-12-31'],
    ['2023-06', '2023-06-30'],
  ])('le dernier jour de %s est %s', (month, day) => {
    expect(lastDayOf(month)).toBe(day);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-12-05', true],
    ['2026-13-01', false],
    ['2026-12', false],
    ['05/12/2026', false],
  ])('reconnaît le jour %s : %s', (text, expected) => {
    expect(isIsoDay(text)).toBe(expected);
  });

  it('compare, lit l’année et le mois d’une date', () => {
    expect(isYearMonth('2020-09')).toBe(true);
    expect(isYearMonth('2020-9')).toBe(false);
    expect(isYearMonth('2020-00')).toBe(false);
    expect(compareMonths('2020-12', '2021-01')).toBeLessThan(0);
    expect(compareMonths('2021-01', '2021-01')).toBe(0);
    expect(toYearMonth('2023-07-01')).toBe('2023-07');
    expect(yearOf('2022-12')).toBe(2022);
    expect(() => toYearMonth('juillet')).toThrow(RangeError);
  });

  it('donne le jour local d’une date, pas celui du méridien de Greenwich', () => {
    expect(localDay(new Date(2026, 11, 31, 23, 30))).toBe('2026-12-31');
    expect(localDay(new Date(2027, 0, 1, 0, 5))).toBe('2027-01-01');
  });
});
