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
 * The records of the static search index, oldest first: only the fields the
 * text search reads, the summary as the page shows it (citations written out).
 */
export function evenementsSearchIndex(source: readonly EvenementRow[] = rowsOf('evenements')): SearchRecord[] {
  return evenementsSorted('ancien', source).map(({ id, titre, resume, acteurs }) => ({
    id,
    titre,
    resume: proseText(resume),
    acteurs: [...acteurs],
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
