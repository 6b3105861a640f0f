/**
 * Calendar months as the pay works with them: `AAAA-MM` strings, counted,
 * compared and turned into the days a limitation period needs. Pure and
 * environment-neutral (the browser computes arrears with the same code).
 */

/** A calendar month, `AAAA-MM`. */
export type YearMonth = string;

/** A calendar day, `AAAA-MM-JJ`. */
export type IsoDay = string;

const YEAR_MONTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** The month of `AAAA-MM` or `AAAA-MM-JJ`, as a month count (year × 12 + month − 1); null when malformed. */
export function monthNumber(text: string): number | null {
  const match = YEAR_MONTH.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || year < 1900 || year > 2200) return null;
  return year * 12 + month - 1;
}

/** Whether a string is a well-formed month `AAAA-MM`. */
export function isYearMonth(text: string): boolean {
  return /^\d{4}-\d{2}$/.test(text) && monthNumber(text) !== null;
}

/** The month of a month count. */
export function fromMonthNumber(count: number): YearMonth {
  const year = Math.floor(count / 12);
  const month = (count % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The month of a date or month string (`2024-03-15` → `2024-03`). */
export function toYearMonth(text: string): YearMonth {
  const count = monthNumber(text);
  if (count === null) throw new RangeError(`mois invalide : ${text}`);
  return fromMonthNumber(count);
}

/** `month` moved by `count` months (negative to go back). */
export function addMonths(month: YearMonth, count: number): YearMonth {
  return fromMonthNumber(toNumber(month) + count);
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthsFromTo(from: YearMonth, to: YearMonth): YearMonth[] {
  const start = toNumber(from);
  const end = toNumber(to);
  const months: YearMonth[] = [];
  for (let count = start; count <= end; count++) months.push(fromMonthNumber(count));
  return months;
}

/** Negative, zero or positive as the month of `a` is before, the same as or after the month of `b`. */
export function compareMonths(a: YearMonth, b: YearMonth): number {
  return toNumber(a) - toNumber(b);
}

/** The year of a month. */
export function yearOf(month: YearMonth): number {
  return Math.floor(toNumber(month) / 12);
}

/** The last day of a month, `AAAA-MM-JJ`. */
export function lastDayOf(month: YearMonth): IsoDay {
  const count = toNumber(month);
  const year = Math.floor(count / 12);
  const monthIndex = count % 12;
  const day = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  return `${fromMonthNumber(count)}-${String(day).padStart(2, '0')}`;
}

/** Whether a string is a day that exists, `AAAA-MM-JJ`. */
export function isIsoDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match || monthNumber(text) === null) return false;
  const day = Number(match[3]);
  return day >= 1 && text <= lastDayOf(text.slice(0, 7));
}

/** The local calendar day of a Date, `AAAA-MM-JJ` (the reader's « today », not UTC's). */
export function localDay(date: Date): IsoDay {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

function toNumber(text: string): number {
  const count = monthNumber(text);
  if (count === null) throw new RangeError(`mois invalide : ${text}`);
  return count;
}
