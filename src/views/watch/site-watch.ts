/** The site's watch date, from the real chronology and sources (see watch-date.ts for the rule). */
import { rowsOf } from '../../queries/data.ts';
import { watchView, type WatchView } from './watch-date.ts';

/** « Veille à jour au … » for the pages that show it (home, chronology, estimates). */
export function siteWatch(): WatchView | null {
  return watchView(rowsOf('evenements'), rowsOf('sources'));
}
