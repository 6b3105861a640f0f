/**
 * /departements/ and /departements/faits/: the default view of the map with
 * the national panel and the finder; every fact in one table (cut over
 * /departements/faits/<n>/ when it grows too long for one page).
 */
import { DEFAULT_MAP_VIEW, MAP_VIEWS, MAP_VIEW_KEYS } from '../../lib/codes/map-views.ts';
import { DEPARTEMENTS } from '../../lib/departements.ts';
import { localCollectivites, mapCodeOf, nationalCollectivites } from '../../queries/collectivites.ts';
import { chunkByWeight, chunkPages } from '../../lib/chunks.ts';
import { factView, type FactView } from './facts.ts';
import { finderGroups, type FinderGroup } from './finder.ts';
import { mapViewHref, mapViewPage, type MapViewPage } from './map.ts';
import { nationalPanel, type NationalPanel } from './national.ts';

export interface DepartementsOverview {
  map: MapViewPage;
  national: NationalPanel;
  finder: readonly FinderGroup[];
  /** National decisions (Départements de France, the State and the départements together). */
  nationalFacts: readonly FactView[];
  /** How many of the départements have at least one documented fact (of any kind), and how many there are. */
  documented: number;
  total: number;
  /** How many facts are located somewhere. */
  localFacts: number;
  /** Every view of the map: its page, its question and what it covers. */
  views: readonly { href: string; question: string; scope: string }[];
}

/** /departements/. */
export function departementsOverview(): DepartementsOverview {
  const local = localCollectivites();
  const documented = new Set(local.flatMap((row) => mapCodeOf(row.code_insee) ?? []));
  return {
    map: mapViewPage(DEFAULT_MAP_VIEW),
    national: nationalPanel(),
    finder: finderGroups(),
    nationalFacts: nationalCollectivites()
      .filter((row) => row.type_fait === 'decision')
      .map(factView),
    documented: documented.size,
    total: DEPARTEMENTS.length,
    localFacts: local.length,
    views: MAP_VIEW_KEYS.map((key) => ({
      href: mapViewHref(key),
      question: MAP_VIEWS[key].question,
      scope: MAP_VIEWS[key].scope,
    })),
  };
}

/** One page of /departements/faits/ (a long list goes on over /departements/faits/<n>/). */
export interface FactsTablePage {
  /** 1-based. */
  page: number;
  /** The local facts of this page, in date order. */
  local: readonly FactView[];
  /** Every local fact, every page together (the lead counts them). */
  localTotal: number;
  /** The national facts: on the last page, after the local ones. */
  national: readonly FactView[];
  nationalTotal: number;
  /** Every page, for the pager: address, positions (1-based) of its first and last local facts, and whether it is the national one. */
  pages: readonly { page: number; href: string; first: number; last: number; national: boolean }[];
}

/** Characters of text per page of facts (about 50 KB gzipped with the page's markup). */
export const FACTS_PAGE_CHARS = 220_000;

/** What a fact puts in the table, in characters (its texts, its sources' labels and addresses). */
function factChars(fact: FactView): number {
  return JSON.stringify(fact).length;
}

/** The address of page `page` (1-based) of the facts. */
export function factsPagePath(page: number): string {
  return page <= 1 ? '/departements/faits/' : `/departements/faits/${page}/`;
}

/** The pages of /departements/faits/ within `budget` characters each: local facts in order, then the national ones. */
export function factsTablePages(budget = FACTS_PAGE_CHARS): FactsTablePage[] {
  const local = localCollectivites().map(factView);
  const national = nationalCollectivites().map(factView);
  const nationalChars = national.reduce((sum, fact) => sum + factChars(fact), 0);
  // The national table closes the last page: the local facts of that page leave room for it.
  const chunks = chunkByWeight(local, factChars, budget);
  const last = chunks.at(-1) ?? [];
  if (last.length > 0 && last.reduce((sum, fact) => sum + factChars(fact), 0) + nationalChars > budget) chunks.push([]);
  if (chunks.length === 0) chunks.push([]);
  const pages = chunkPages(chunks, factsPagePath).map((entry, index) => ({
    ...entry,
    national: index === chunks.length - 1,
  }));
  return chunks.map((facts, index) => ({
    page: index + 1,
    local: facts,
    localTotal: local.length,
    national: index === chunks.length - 1 ? national : [],
    nationalTotal: national.length,
    pages,
  }));
}

let factPages: FactsTablePage[] | null = null;

/** Where a fact's row is, on the pages of /departements/faits/ (#ligne-<id>); throws on an unknown id. */
export function factRowHref(id: string): string {
  factPages ??= factsTablePages();
  const page = factPages.find((candidate) =>
    [...candidate.local, ...candidate.national].some((fact) => fact.id === id),
  );
  if (!page) throw new Error(`Fait inconnu : ${id}`);
  return `${factsPagePath(page.page)}#ligne-${id}`;
}
