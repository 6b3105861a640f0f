/**
 * French formatting for the whole site, built on Intl so that separators
 * (espace fine insécable for thousands, virgule for decimals) come out right.
 */
import { parsePartialDate, precisionOf } from './dates.ts';

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

const dayMonthYear = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthYear = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A date at its precision: `2022-02-18` → « 18 février 2022 », `2021-07` →
 * « juillet 2021 », `2021` → « 2021 »; the first of a month is « 1er », as
 * French typography wants (Intl writes « 1 »).
 */
export function formatPartialDate(text: string): string {
  const date = parsePartialDate(text);
  if (!date) return text;
  if (date.month === null) return String(date.year);
  if (date.day === null) return monthYear.format(Date.UTC(date.year, date.month - 1, 1));
  return dayMonthYear
    .formatToParts(Date.UTC(date.year, date.month - 1, date.day))
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/** The month of a date, or its year when that is all it gives: `2020-07-13` → « juillet 2020 », `2022` → « 2022 ». */
export function formatMonthOf(text: string): string {
  return formatPartialDate(text.slice(0, 7));
}

/** « le 20 décembre 2022 », « en décembre 2023 », « en 2022 ». */
export function dateWithPreposition(date: string): string {
  return `${precisionOf(date) === 'jour' ? 'le' : 'en'} ${formatPartialDate(date)}`;
}

const lists = {
  conjunction: new Intl.ListFormat('fr', { style: 'long', type: 'conjunction' }),
  disjunction: new Intl.ListFormat('fr', { style: 'long', type: 'disjunction' }),
} as const;

/** « a, b et c » (or « a, b ou c » with `disjunction`). */
export function formatList(items: readonly string[], type: keyof typeof lists = 'conjunction'): string {
  return lists[type].format(items);
}

/**
 * The same list as parts, to wrap each item in markup: items are `element`
 * parts, separators (« , », « et ») `literal` ones.
 */
export function listParts(
  items: readonly string[],
  type: keyof typeof lists = 'conjunction',
): { type: 'element' | 'literal'; value: string }[] {
  return lists[type].formatToParts(items);
}

/**
 * A day in French from the reader's own calendar (local time, not UTC):
 * « consulté le 5 décembre 2026 ». For the browser only: at build time the day
 * would be the build's, baked into every page.
 */
export function formatLocalDay(date: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return formatPartialDate(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`);
}

/** « 1 événement » / « 12 événements »: French plural is singular for 0 and 1. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)}${NBSP}${count <= 1 ? singular : pluralForm}`;
}

/** A file name (`sources.csv`, `data/mesures.csv`) or the citation markup shown as such (`[@identifiant]`). */
const LITERAL = /((?:[\w-]+\/)*[\w-]+\.(?:csv|json|txt|md|ts|zip)\b|\[@[\w-]+\])/;

/**
 * A text cut around the literals it mentions — file names, the `[@identifiant]`
 * markup — so that a page can set them as code: documentation names files,
 * prose for readers does not.
 */
export function literalParts(text: string): { text: string; literal: boolean }[] {
  return text
    .split(LITERAL)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, literal: new RegExp(`^${LITERAL.source}$`).test(part) }));
}

/**
 * The first sentence of a text: up to the first full stop followed by a
 * capital letter or the end (« art. 48 » does not end a sentence).
 */
export function firstSentence(text: string): string {
  const end = text.search(/[.!?](?=\s+\p{Lu}|\s*$)/u);
  return end === -1 ? text.trim() : text.slice(0, end + 1).trim();
}

/**
 * French spacing in a running text: a no-break space inside « » and before
 * « : », a narrow no-break space before « ; », « ? » and « ! », so that a line
 * never starts with one of them. Idempotent; an address (« https:// ») has no
 * space before its colon and is left alone.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`)
    .replace(/[ \u00a0\u202f]+:(?=\s|$)/g, `${NBSP}:`)
    .replace(/[ \u00a0\u202f]+([;?!])/g, `${NNBSP}$1`);
}
