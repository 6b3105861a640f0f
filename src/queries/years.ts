/**
 * The chronology year by year (/chronologie/<année>/): which years have a
 * page, and the rows of the four dated datasets that fall in each — events,
 * estimates, context figures and what collectivities did. A row belongs to the
 * year of its `date` column, whatever its precision (« 2024 », « 2024-03 »,
 * « 2024-03-27 »).
 */
import type { ChiffreRow } from '../schemas/chiffres.ts';
import type { CollectiviteRow } from '../schemas/collectivites.ts';
import type { EstimationRow } from '../schemas/estimations.ts';
import type { EvenementRow } from '../schemas/evenements.ts';
import { comparePartialDates, parsePartialDate } from '../lib/dates.ts';
import { evenementsSorted } from './evenements.ts';
import { rowsOf } from './data.ts';

/** The rows of one year, each list earliest first (same date: file order). */
export interface YearRows {
  year: number;
  events: EvenementRow[];
  estimations: EstimationRow[];
  chiffres: ChiffreRow[];
  collectivites: CollectiviteRow[];
}

/** The dated rows a year page draws from (the real data by default; made-up rows in tests). */
export interface DatedRows {
  events: readonly EvenementRow[];
  estimations: readonly EstimationRow[];
  chiffres: readonly ChiffreRow[];
  collectivites: readonly CollectiviteRow[];
}

function realRows(): DatedRows {
  return {
    events: rowsOf('evenements'),
    estimations: rowsOf('estimations'),
    chiffres: rowsOf('chiffres'),
    collectivites: rowsOf('collectivites'),
  };
}

/** The year of a partial date (every valid date has one). */
export function yearOf(date: string): number {
  return parsePartialDate(date)?.year ?? Number(date.slice(0, 4));
}

/**
 * The years that have a page, oldest first: from the first year of the
 * chronology (the events; 2020, the year of the Ségur, in the data) to the
 * latest year of any of the four datasets, every year in between included
 * even if nothing is dated in it. Estimates and figures dated before the first
 * event (earlier context) have no year page.
 */
export function chronologyYears(rows: DatedRows = realRows()): number[] {
  const eventYears = rows.events.map((row) => yearOf(row.date));
  if (eventYears.length === 0) return [];
  const first = Math.min(...eventYears);
  const last = Math.max(
    ...eventYears,
    ...[...rows.estimations, ...rows.chiffres, ...rows.collectivites].map((row) => yearOf(row.date)),
  );
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** Earliest first; same date: file order. */
function byDate<T extends { date: string }>(list: readonly T[], year: number): T[] {
  return list
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => yearOf(row.date) === year)
    .sort((a, b) => comparePartialDates(a.row.date, b.row.date) || a.index - b.index)
    .map(({ row }) => row);
}

/** The rows dated in `year`. */
export function rowsOfYear(year: number, rows: DatedRows = realRows()): YearRows {
  return {
    year,
    events: evenementsSorted('ancien', rows.events).filter((row) => yearOf(row.date) === year),
    estimations: byDate(rows.estimations, year),
    chiffres: byDate(rows.chiffres, year),
    collectivites: byDate(rows.collectivites, year),
  };
}
