/**
 * The filter state of the Chronologie page, shared by the browser and the
 * tests. It lives in the URL query (`?type=decret&debut=2022&q=laforcade`) so
 * that a filtered view can be shared and back/forward restore it; parameter
 * names are French because readers see and share them.
 */

/** Oldest first (the order of the built page) or newest first. */
export type SortOrder = 'ancien' | 'recent';

export interface TimelineFilterState {
  /** An event type code (`decret`), or null for every type. */
  type: string | null;
  /** An actor's canonical name (`Conseil d'État`), or null. */
  acteur: string | null;
  /** A sector code (`public`), or null. */
  secteur: string | null;
  /** A filière code (`socio_educative`), or null. */
  filiere: string | null;
  /** First year shown, inclusive, or null. */
  debut: number | null;
  /** Last year shown, inclusive, or null. */
  fin: number | null;
  /** Free text, as typed (folded only when searching). */
  q: string;
  ordre: SortOrder;
}

/** The unfiltered view: every event, oldest first. */
export const DEFAULT_FILTERS: Readonly<TimelineFilterState> = Object.freeze({
  type: null,
  acteur: null,
  secteur: null,
  filiere: null,
  debut: null,
  fin: null,
  q: '',
  ordre: 'ancien',
});

/** Query parameters, in the order they are written back to the URL. */
export const FILTER_PARAMS = ['q', 'type', 'acteur', 'secteur', 'filiere', 'debut', 'fin', 'ordre'] as const;

/** Longest text query kept: Fuse's bitap matcher works on short patterns, and URLs stay readable. */
const MAX_QUERY_LENGTH = 120;

function text(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)?.trim() ?? '';
  return value === '' ? null : value;
}

function year(params: URLSearchParams, name: string): number | null {
  const value = params.get(name)?.trim() ?? '';
  return /^\d{4}$/.test(value) ? Number(value) : null;
}

/**
 * Reads a state from a query string (`?type=decret`) or URLSearchParams.
 * Unknown parameters are ignored; a malformed year is dropped; a reversed
 * year range is put right rather than showing nothing.
 */
export function parseFilterState(search: string | URLSearchParams): TimelineFilterState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  let debut = year(params, 'debut');
  let fin = year(params, 'fin');
  if (debut !== null && fin !== null && debut > fin) [debut, fin] = [fin, debut];
  return {
    type: text(params, 'type'),
    acteur: text(params, 'acteur'),
    secteur: text(params, 'secteur'),
    filiere: text(params, 'filiere'),
    debut,
    fin,
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    ordre: params.get('ordre') === 'recent' ? 'recent' : 'ancien',
  };
}

/** The query string for a state (`?q=…&type=…`), or '' for the default view; defaults are left out. */
export function filterStateToSearch(state: TimelineFilterState): string {
  const params = new URLSearchParams();
  for (const name of FILTER_PARAMS) {
    const value = state[name];
    if (value === null || value === '' || (name === 'ordre' && value === 'ancien')) continue;
    params.set(name, String(value));
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** True when some filter (not the sort order) narrows the list. */
export function hasActiveFilters(state: TimelineFilterState): boolean {
  return (
    state.type !== null ||
    state.acteur !== null ||
    state.secteur !== null ||
    state.filiere !== null ||
    state.debut !== null ||
    state.fin !== null ||
    state.q !== ''
  );
}

/** True when two states show the same view. */
export function sameFilterState(a: TimelineFilterState, b: TimelineFilterState): boolean {
  return filterStateToSearch(a) === filterStateToSearch(b);
}

/** What the filters look at in an event (the browser reads it from data-* attributes). */
export interface FilterableEvent {
  id: string;
  type: string;
  acteurs: readonly string[];
  secteurs: readonly string[];
  filieres: readonly string[];
  annee: number;
}

/**
 * Whether an event passes the filters. `textMatches` holds the ids the text
 * search found; null means no text condition (empty query, or search not
 * loaded yet).
 */
export function matchesFilters(
  event: FilterableEvent,
  state: TimelineFilterState,
  textMatches: ReadonlySet<string> | null,
): boolean {
  if (state.type !== null && event.type !== state.type) return false;
  if (state.acteur !== null && !event.acteurs.includes(state.acteur)) return false;
  if (state.secteur !== null && !event.secteurs.includes(state.secteur)) return false;
  if (state.filiere !== null && !event.filieres.includes(state.filiere)) return false;
  if (state.debut !== null && event.annee < state.debut) return false;
  if (state.fin !== null && event.annee > state.fin) return false;
  if (textMatches !== null && !textMatches.has(event.id)) return false;
  return true;
}
