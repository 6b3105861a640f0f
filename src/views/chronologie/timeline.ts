/**
 * What /chronologie/ shows: the overview chart's events and lanes, the
 * filters' values, and every event grouped by year with what its article
 * needs (its filter attributes and its sources as links).
 */
import type { EvenementRow } from '../../schemas/evenements.ts';
import type { FilterableEvent } from '../../lib/timeline-filters.ts';
import { rowsOf } from '../../queries/data.ts';
import {
  evenementFacets,
  evenementYear,
  evenementsByYear,
  eventTypeLanes,
  filterableEvent,
  TIMELINE_LIST_CHARS,
  yearsLeftToTheirPages,
  type EvenementFacets,
} from '../../queries/evenements.ts';
import { sourceLinks, type SourceLink } from '../sources/source-links.ts';
import { prose, proseOrNull, type ProseView } from '../citations/prose.ts';
import { yearPath } from '../../lib/chronology-paths.ts';

/** The values the filters offer (rendered by TimelineFilters). */
export type { EvenementFacets };

/** One event's article. */
export interface TimelineEntry {
  event: EvenementRow;
  /** What the browser-side filters read (data-* attributes). */
  filterable: FilterableEvent;
  sources: readonly SourceLink[];
  /** Its summary and note, citations resolved. */
  resume: ProseView;
  note: ProseView | null;
}

export interface TimelineYear {
  year: number;
  entries: TimelineEntry[];
}

export interface TimelinePage {
  /** Every event, in file order (the overview chart sorts them itself). */
  events: readonly EvenementRow[];
  lanes: ReturnType<typeof eventTypeLanes>;
  facets: EvenementFacets;
  /** The events the page lists, by year, oldest first: every year, or the latest ones when the list is cut. */
  years: TimelineYear[];
  /** The years left to their own pages when the list is cut (oldest first), with their number of events. */
  earlier: { year: number; count: number; href: string }[];
  /** Where each event is read: in the list (#id) or, for the earlier years, on its year's page. */
  hrefOf: (id: string) => string;
}

/** One event as its article shows it (on /chronologie/ and on its year's page). */
export function timelineEntry(event: EvenementRow): TimelineEntry {
  return {
    event,
    filterable: filterableEvent(event),
    sources: sourceLinks(event.source_ids),
    resume: prose(event.resume),
    note: proseOrNull(event.note),
  };
}

/** The timeline page. */
export function timelinePage(budget = TIMELINE_LIST_CHARS): TimelinePage {
  const left = new Set(yearsLeftToTheirPages(budget));
  const all = evenementsByYear('ancien').map(({ year, events }) => ({ year, entries: events.map(timelineEntry) }));
  const earlier = all.filter(({ year }) => left.has(year));
  const yearOf = new Map(rowsOf('evenements').map((row) => [row.id, evenementYear(row)]));
  return {
    events: rowsOf('evenements'),
    lanes: eventTypeLanes(),
    facets: evenementFacets(),
    years: all.filter(({ year }) => !left.has(year)),
    earlier: earlier.map(({ year, entries }) => ({ year, count: entries.length, href: yearPath(year) })),
    hrefOf: (id) => {
      const year = yearOf.get(id);
      return year !== undefined && left.has(year) ? `${yearPath(year)}#${id}` : `#${id}`;
    },
  };
}
