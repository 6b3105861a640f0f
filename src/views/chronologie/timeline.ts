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
  evenementsByYear,
  eventTypeLanes,
  filterableEvent,
  type EvenementFacets,
} from '../../queries/evenements.ts';
import { sourceLinks, type SourceLink } from '../sources/source-links.ts';
import { yearLinks, type YearLink } from './year.ts';

/** The values the filters offer (rendered by TimelineFilters). */
export type { EvenementFacets };

/** One event's article. */
export interface TimelineEntry {
  event: EvenementRow;
  /** What the browser-side filters read (data-* attributes). */
  filterable: FilterableEvent;
  sources: readonly SourceLink[];
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
  /** Events by year, oldest first. */
  years: TimelineYear[];
  /** The year pages, oldest first. */
  yearPages: YearLink[];
}

/** The timeline page. */
export function timelinePage(): TimelinePage {
  return {
    events: rowsOf('evenements'),
    lanes: eventTypeLanes(),
    facets: evenementFacets(),
    years: evenementsByYear('ancien').map(({ year, events }) => ({
      year,
      entries: events.map((event) => ({
        event,
        filterable: filterableEvent(event),
        sources: sourceLinks(event.source_ids),
      })),
    })),
    yearPages: yearLinks(),
  };
}
