/** « Veille à jour au … »: the newest publication date read in a source of the chronology. */
import { describe, expect, it } from 'vitest';
import { watchDate, watchPhrase } from '../../src/views/watch/watch-date.ts';
import { rowsOf } from '../../src/queries/data.ts';
import { latestDataChange } from '../../src/queries/changements.ts';
import { comparePartialDates } from '../../src/lib/dates.ts';

const source = (id: string, date_publication: string | null, date_deduite = false) => ({
  id,
  date_publication,
  date_deduite,
});

describe('watchDate', () => {
  const events = [{ source_ids: ['presse', 'deduite'] }, { source_ids: ['mois', 'sans-date'] }];

  it('retient la plus récente des dates lues parmi les sources de la chronologie', () => {
    expect(
      watchDate(events, [
        source('presse', '2026-02-20'),
        source('deduite', '2026-03-01', true),
        source('mois', '2026-01'),
        source('sans-date', null),
        source('reference-non-citee', '2026-08-24'),
      ]),
    ).toBe('2026-02-20');
  });

  it('compare des dates de précisions différentes', () => {
    expect(watchDate(events, [source('presse', '2026-02-20'), source('mois', '2026-03')])).toBe('2026-03');
  });

  it('ne dit rien quand aucune source n’a de date lue', () => {
    expect(watchDate(events, [source('deduite', '2026', true)])).toBeNull();
  });
});

describe('watchPhrase', () => {
  it('accorde la préposition à la précision', () => {
    expect(watchPhrase('2026-02-20')).toBe('au 20 février 2026');
    expect(watchPhrase('2026-03')).toBe('en mars 2026');
    expect(watchPhrase('2026')).toBe('en 2026');
  });
});

describe('la veille des données réelles (contrat de données)', () => {
  it('ne dépasse pas la dernière modification des données et couvre le dernier événement daté au jour', () => {
    const watched = watchDate(rowsOf('evenements'), rowsOf('sources'));
    expect(watched).not.toBeNull();
    expect(comparePartialDates(watched!, latestDataChange())).toBeLessThanOrEqual(0);
    const lastDay = rowsOf('evenements')
      .filter((event) => event.precision_date === 'jour')
      .map((event) => event.date)
      .sort(comparePartialDates)
      .at(-1)!;
    expect(comparePartialDates(watched!, lastDay)).toBeGreaterThanOrEqual(0);
  });
});
