/**
 * The Chronologie text search: Fuse.js over titles, summaries and actors, with
 * French folding on both sides (index and query), so that « segur pour tous »
 * finds « Ségur pour tous » and « conference des metiers » finds « Conférence
 * des métiers ». The browser imports this module lazily, on first use, so Fuse
 * is not part of the page's initial script.
 */
import Fuse from 'fuse.js/basic';
import { foldFrench } from './fold.ts';
import type { FilterableEvent } from './timeline-filters.ts';

/**
 * A record of the static search index (/chronologie/index-recherche.json): what the text search reads (title,
 * summary, actors), what the filters read, and where the event is shown (for events not on /chronologie/ when
 * its list is cut: their year's page).
 */
export interface SearchRecord extends FilterableEvent {
  titre: string;
  resume: string;
  acteurs: string[];
  /** « 13 juillet 2020 ». */
  date: string;
  /** /chronologie/<année>/#<id>. */
  href: string;
}

/** Fuse.js keys and weights: a word in the title counts more than one in the summary. */
const SEARCH_KEYS = [
  { name: 'titre', weight: 2 },
  { name: 'acteurs', weight: 1.5 },
  { name: 'resume', weight: 1 },
];

/**
 * Fuse.js threshold. Tried on the 112 events: 0.2 finds exactly the events that
 * contain « laforcade », « segur pour tous » or « conference des metiers », and
 * still forgives a missing letter (« laforcde »); 0.3 lets unrelated events in.
 */
export const SEARCH_THRESHOLD = 0.2;

/**
 * Fuse reads each key through this: the record's own field, folded. (Fuse's
 * default getter wraps array items in objects, so it cannot be folded as is;
 * the index records are flat, so a direct read is enough.)
 */
function foldedField(record: SearchRecord, path: string | string[]): string | string[] {
  // Only the text fields are search keys (SEARCH_KEYS): a title, a summary, the actors.
  const key = (Array.isArray(path) ? path.join('.') : path) as 'titre' | 'resume' | 'acteurs';
  const value = record[key];
  return typeof value === 'string' ? foldFrench(value) : value.map(foldFrench);
}

/** A search over the given records: query → ids of the matching events (empty query → null, meaning no condition). */
export function createEventSearch(records: readonly SearchRecord[]): (query: string) => Set<string> | null {
  const fuse = new Fuse(records, {
    keys: SEARCH_KEYS,
    threshold: SEARCH_THRESHOLD,
    // Summaries are long: a match counts wherever it sits in the text.
    ignoreLocation: true,
    getFn: foldedField,
  });
  return (query) => {
    const folded = foldFrench(query);
    if (folded === '') return null;
    return new Set(fuse.search(folded).map((result) => result.item.id));
  };
}
