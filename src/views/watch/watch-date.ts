/**
 * « Veille à jour au 20 février 2026 »: how far the watch goes, told apart
 * from the date the data files last changed. It is the newest publication
 * date among the sources the chronology cites, counting only dates read in
 * the document (date_deduite = non): the chronology is what the watch
 * follows, and a date the observatory deduced says nothing of what it read.
 * Reference material cited elsewhere (a collective agreement database, a
 * consolidated text) carries the date of its latest revision, not of news
 * followed, so it does not count. Pure: rows in, date out.
 */
import { comparePartialDates, precisionOf } from '../../lib/dates.ts';
import { formatPartialDate } from '../../lib/format.ts';

/** The columns of an event the rule reads. */
export interface WatchedEvent {
  source_ids: readonly string[];
}

/** The columns of a source the rule reads. */
export interface WatchedSource {
  id: string;
  date_publication: string | null;
  date_deduite: boolean;
}

/** The newest read publication date among the sources of `events` (`AAAA`, `AAAA-MM` or `AAAA-MM-JJ`), or null. */
export function watchDate(events: readonly WatchedEvent[], sources: readonly WatchedSource[]): string | null {
  const cited = new Set(events.flatMap((event) => event.source_ids));
  let latest: string | null = null;
  for (const source of sources) {
    if (!cited.has(source.id) || source.date_deduite || source.date_publication === null) continue;
    if (latest === null || comparePartialDates(source.date_publication, latest) > 0) latest = source.date_publication;
  }
  return latest;
}

/** « au » before a day, « en » before a month or a year. */
export function watchPreposition(date: string): 'au' | 'en' {
  return precisionOf(date) === 'jour' ? 'au' : 'en';
}

/** « au 20 février 2026 », « en mars 2026 », « en 2026 »: the date with the preposition its precision takes. */
export function watchPhrase(date: string): string {
  return `${watchPreposition(date)} ${formatPartialDate(date)}`;
}

/** What « Veille à jour au … » shows: the date, as `datetime` and in words with its preposition. */
export interface WatchView {
  date: string;
  preposition: 'au' | 'en';
  text: string;
}

/** The watch date as the banner shows it, or null when no source of the chronology has a read date. */
export function watchView(events: readonly WatchedEvent[], sources: readonly WatchedSource[]): WatchView | null {
  const date = watchDate(events, sources);
  return date === null ? null : { date, preposition: watchPreposition(date), text: formatPartialDate(date) };
}
