/**
 * Dates with a precision: the datasets write `2021`, `2021-07` or `2021-07-13`
 * because many facts are only known to the month or the year.
 */
import type { DatePrecision } from './codes/evenements.ts';

export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
  precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `AAAA`, `AAAA-MM` or `AAAA-MM-JJ`; returns null when the form is wrong or the date does not exist. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (year < 1900 || year > 2100) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null) {
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > lastDay) return null;
  }
  const precision: DatePrecision = day !== null ? 'jour' : month !== null ? 'mois' : 'annee';
  return { year, month, day, precision };
}

/** The precision a well-formed partial date string carries (`2021` → annee). */
export function precisionOf(text: string): DatePrecision | null {
  return parsePartialDate(text)?.precision ?? null;
}

/**
 * A sortable key: missing month/day count as the start of the period, so
 * `2021-07` sorts before `2021-07-13` and after `2021-06-30`.
 */
export function sortKey(text: string): string {
  const date = parsePartialDate(text);
  if (!date) return text;
  const mm = String(date.month ?? 0).padStart(2, '0');
  const dd = String(date.day ?? 0).padStart(2, '0');
  return `${date.year}-${mm}-${dd}`;
}

/** The first instant of the period, as a UTC Date (for time scales and feeds). */
export function startOf(text: string): Date {
  const date = parsePartialDate(text);
  if (!date) throw new Error(`date invalide : ${text}`);
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** Compares two partial dates, earliest first. */
export function comparePartialDates(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
