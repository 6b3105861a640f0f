/** Queries of the timeline (data/evenements.csv): ordering, grouping by year, facets, latest events. */
import type { EvenementRow } from '../schemas/evenements.ts';
import { FILIERES, FILIERE_LABELS } from '../lib/codes/common.ts';
import {
  EVENT_SECTORS,
  EVENT_SECTOR_LABELS,
  EVENT_TYPES,
  EVENT_TYPE_LABELS,
  type EventType,
} from '../lib/codes/evenements.ts';
import { comparePartialDates, parsePartialDate } from '../lib/dates.ts';
import { formatPartialDate } from '../lib/format.ts';
import { yearPath } from '../lib/chronology-paths.ts';
import type { SearchRecord } from '../lib/event-search.ts';
import type { FilterableEvent, SortOrder } from '../lib/timeline-filters.ts';
import { proseText } from './prose.ts';
import { rowsOf } from './data.ts';

/** The French label of a type code (« Décision de justice »). */
export function eventTypeLabel(type: EventType): string {
  return EVENT_TYPE_LABELS[type].singular;
}

/** Year of an event (every date has at least a year). */
export function evenementYear(row: Pick<EvenementRow, 'date'>): number {
  return parsePartialDate(row.date)?.year ?? Number(row.date.slice(0, 4));
}

/**
 * Rows sorted by date, oldest first (`ancien`) or newest first (`recent`);
 * same-date events keep their file order (reversed when newest first), so the
 * newest-first list is exactly the oldest-first list read backwards.
 */
export function evenementsSorted(
  order: SortOrder = 'ancien',
  source: readonly EvenementRow[] = rowsOf('evenements'),
): EvenementRow[] {
  const sorted = source
    .map((row, index) => ({ row, index }))
    .sort((a, b) => comparePartialDates(a.row.date, b.row.date) || a.index - b.index)
    .map(({ row }) => row);
  return order === 'recent' ? sorted.reverse() : sorted;
}

/** The first and the latest event of the timeline: how far back and how far forward it goes. */
export function timelineSpan(source: readonly EvenementRow[] = rowsOf('evenements')): {
  first: EvenementRow;
  last: EvenementRow;
} {
  const sorted = evenementsSorted('ancien', source);
  const [first, last] = [sorted[0], sorted.at(-1)];
  if (!first || !last) throw new Error('La chronologie est vide : aucun événement dans evenements.csv.');
  return { first, last };
}

export interface YearGroup {
  year: number;
  events: EvenementRow[];
}

/** Rows grouped by year, years and events in the given order. */
export function evenementsByYear(
  order: SortOrder = 'ancien',
  source: readonly EvenementRow[] = rowsOf('evenements'),
): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const row of evenementsSorted(order, source)) {
    const year = evenementYear(row);
    const last = groups.at(-1);
    if (last && last.year === year) last.events.push(row);
    else groups.push({ year, events: [row] });
  }
  return groups;
}

/** One value a filter can take, with its label and how many events carry it. */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface EvenementFacets {
  /** Types in the schema's order. */
  types: FacetValue[];
  /** Actors in French alphabetical order. */
  acteurs: FacetValue[];
  /** Sectors in the schema's order. */
  secteurs: FacetValue[];
  /** Filières in the schema's order. */
  filieres: FacetValue[];
  /** Years, oldest first. */
  annees: { value: number; count: number }[];
}

function countValues(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The values the filters offer, each with its number of events; values no event carries are left out. */
export function evenementFacets(source: readonly EvenementRow[] = rowsOf('evenements')): EvenementFacets {
  const typeCounts = countValues(source.map((row) => row.type));
  const actorCounts = countValues(source.flatMap((row) => row.acteurs));
  const sectorCounts = countValues(source.flatMap((row) => row.secteurs));
  const filiereCounts = countValues(source.flatMap((row) => row.filieres));
  const yearCounts = new Map<number, number>();
  for (const row of source) yearCounts.set(evenementYear(row), (yearCounts.get(evenementYear(row)) ?? 0) + 1);

  const ordered = <C extends string>(
    codes: readonly C[],
    counts: Map<string, number>,
    label: (code: C) => string,
  ): FacetValue[] =>
    codes
      .filter((code) => counts.has(code))
      .map((code) => ({ value: code, label: label(code), count: counts.get(code) ?? 0 }));
  return {
    types: ordered(EVENT_TYPES, typeCounts, eventTypeLabel),
    acteurs: [...actorCounts]
      .map(([value, count]) => ({ value, label: value, count }))
      .sort((a, b) => a.label.localeCompare(b.label, 'fr')),
    secteurs: ordered(EVENT_SECTORS, sectorCounts, (code) => EVENT_SECTOR_LABELS[code]),
    filieres: ordered(FILIERES, filiereCounts, (code) => FILIERE_LABELS[code]),
    annees: [...yearCounts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value - b.value),
  };
}

/** What the browser-side filters read from an event (written as data-* attributes on its article). */
export function filterableEvent(row: EvenementRow): FilterableEvent {
  return {
    id: row.id,
    type: row.type,
    acteurs: row.acteurs,
    secteurs: row.secteurs,
    filieres: row.filieres,
    annee: evenementYear(row),
  };
}

/**
 * Characters of the events /chronologie/ lists (their fields, a short line per source): beyond it, the
 * earliest years are left to their own pages, so that the page stays within the weight budget. The whole
 * list of December 2026 (113 events, 128 902 characters) would bring the page just over its 60 KB: 2020 is
 * left to its page.
 */
export const TIMELINE_LIST_CHARS = 125_000;

/** What an event weighs in the list of /chronologie/, in characters. */
function listChars(row: EvenementRow): number {
  return JSON.stringify(row).length + row.source_ids.length * 100;
}

/**
 * The years /chronologie/ leaves to their own pages to list its events within `budget` characters: the
 * earliest ones; the latest year always stays.
 */
export function yearsLeftToTheirPages(
  budget: number = TIMELINE_LIST_CHARS,
  source: readonly EvenementRow[] = rowsOf('evenements'),
): number[] {
  const years = evenementsByYear('ancien', source);
  let chars = 0;
  let start = years.length;
  while (start > 0) {
    const yearChars = years[start - 1]!.events.reduce((sum, row) => sum + listChars(row), 0);
    if (start < years.length && chars + yearChars > budget) break;
    chars += yearChars;
    start--;
  }
  return years.slice(0, start).map((group) => group.year);
}

let leftYears: ReadonlySet<number> | null = null;

/** Where an event is read: in the list of /chronologie/, or on its year's page when /chronologie/ leaves that year to it. */
export function evenementHref(row: Pick<EvenementRow, 'id' | 'date'>): string {
  leftYears ??= new Set(yearsLeftToTheirPages());
  const year = evenementYear(row);
  return leftYears.has(year) ? `${yearPath(year)}#${row.id}` : `/chronologie/#${row.id}`;
}

/**
 * The records of the static search index, oldest first: the fields the text
 * search and the filters read, the summary as the page shows it (citations
 * written out), the date as it reads and the event's place on its year's page.
 */
export function evenementsSearchIndex(source: readonly EvenementRow[] = rowsOf('evenements')): SearchRecord[] {
  return evenementsSorted('ancien', source).map((row) => ({
    ...filterableEvent(row),
    titre: row.titre,
    resume: proseText(row.resume),
    acteurs: [...row.acteurs],
    date: formatPartialDate(row.date),
    href: `${yearPath(evenementYear(row))}#${row.id}`,
  }));
}

/** The lanes of the overview chart: the types present, in the schema's order, with their French names. */
export function eventTypeLanes(
  source: readonly EvenementRow[] = rowsOf('evenements'),
): { key: EventType; label: string; plural: string }[] {
  const present = new Set(source.map((row) => row.type));
  return EVENT_TYPES.filter((type) => present.has(type)).map((type) => ({
    key: type,
    label: EVENT_TYPE_LABELS[type].singular,
    plural: EVENT_TYPE_LABELS[type].plural,
  }));
}

/**
 * The `count` most recent events, latest first. A date known only to the
 * month sorts at the start of its month (see sortKey); equal dates keep file order.
 */
export function latestEvenements(count: number, list: readonly EvenementRow[] = rowsOf('evenements')): EvenementRow[] {
  return list
    .map((row, index) => ({ row, index }))
    .sort((a, b) => comparePartialDates(b.row.date, a.row.date) || a.index - b.index)
    .slice(0, count)
    .map(({ row }) => row);
}
