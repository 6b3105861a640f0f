/**
 * French formatting for the whole site, built on Intl so that separators
 * (espace fine insécable for thousands, virgule for decimals) come out right.
 */
import { parsePartialDate } from './dates.ts';

/** No-break space, placed between a number and its unit (« 183 € »). */
export const NBSP = '\u00a0';
/** Narrow no-break space, the French thousands separator (« 120 800 »). */
export const NNBSP = '\u202f';

const integerFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const oneDecimalFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** 120800 → « 120 800 » (narrow no-break space); decimals with a comma: 0.34 → « 0,34 ». */
export function formatNumber(value: number): string {
  return (Number.isInteger(value) ? integerFormat : decimalFormat).format(value);
}

const exactFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 10 });

/** Every decimal kept, for values whose precision matters (4.686025 → « 4,686025 », not « 4,69 »). */
export function formatExactNumber(value: number): string {
  return exactFormat.format(value);
}

/** 26 → « 26 % » with a no-break space, as French typography wants. */
export function formatPercent(value: number): string {
  return `${decimalFormat.format(value)}${NBSP}%`;
}

/**
 * Euros, scaled for reading: 7500000 → « 7,5 M€ », 1000000000 → « 1 Md€ »,
 * 156400000 → « 156,4 M€ », 183 → « 183 € », 45000 → « 45 000 € ».
 */
export function formatEuros(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${oneDecimalFormat.format(value / 1e9)}${NBSP}Md€`;
  if (abs >= 1e6) return `${oneDecimalFormat.format(value / 1e6)}${NBSP}M€`;
  return `${formatNumber(value)}${NBSP}€`;
}

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

/**
 * A date at its precision: `2022-02-18` → « 18 février 2022 », `2021-07` →
 * « juillet 2021 », `2021` → « 2021 »; the first of a month is « 1er ».
 */
export function formatPartialDate(text: string): string {
  const date = parsePartialDate(text);
  if (!date) return text;
  if (date.month === null) return String(date.year);
  const month = MONTHS[date.month - 1];
  if (date.day === null) return `${month} ${date.year}`;
  const day = date.day === 1 ? '1er' : String(date.day);
  return `${day} ${month} ${date.year}`;
}

/** Today's date in French, for « consulté le … » in citations. */
export function formatToday(now: Date = new Date()): string {
  return formatPartialDate(now.toISOString().slice(0, 10));
}

/** « 1 événement » / « 12 événements »: French plural is singular for 0 and 1. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)}${NBSP}${count <= 1 ? singular : pluralForm}`;
}
