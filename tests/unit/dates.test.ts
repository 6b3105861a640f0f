import { describe, expect, it } from 'vitest';
import { comparePartialDates, parsePartialDate, precisionOf, sortKey, startOf } from '../../src/lib/dates.ts';

describe('parsePartialDate', () => {
  it.each([
    ['2021', 'annee'],
    ['2021-07', 'mois'],
    ['2021-07-13', 'jour'],
    ['2024-02-29', 'jour'],
  ])('accepte %s (précision %s)', (text, precision) => {
    expect(parsePartialDate(text)?.precision).toBe(precision);
  });
  it.each([
    '2021-02-30',
    '2023-02-29',
    '2021-13',
    '2021-00',
    '2021-04-31',
    '21-07-13',
    '2021/07/13',
    '13/07/2021',
    '',
    ' 2021',
    '2021-7',
  ])('refuse %j', (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });
});

describe('tri et début de période', () => {
  it('range une date au mois avant les jours de ce mois', () => {
    const dates = ['2021-07-13', '2021-07', '2021', '2020-12-31'];
    expect([...dates].sort(comparePartialDates)).toEqual(['2020-12-31', '2021', '2021-07', '2021-07-13']);
  });
  it('donne le premier jour de la période', () => {
    expect(startOf('2021-07').toISOString()).toBe('2021-07-01T00:00:00.000Z');
    expect(startOf('2021').toISOString()).toBe('2021-01-01T00:00:00.000Z');
  });
  it('calcule une clé triable et une précision', () => {
    expect(sortKey('2021-07')).toBe('2021-07-00');
    expect(precisionOf('2021-07-13')).toBe('jour');
    expect(precisionOf('juillet')).toBeNull();
  });
});
