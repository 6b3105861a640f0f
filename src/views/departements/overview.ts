/**
 * /departements/ and /departements/faits/: the default view of the map with
 * the national panel and the finder; every fact in one table.
 */
import { DEFAULT_MAP_VIEW, MAP_VIEWS, MAP_VIEW_KEYS } from '../../lib/codes/map-views.ts';
import { DEPARTEMENTS } from '../../lib/departements.ts';
import { localCollectivites, mapCodeOf, nationalCollectivites } from '../../queries/collectivites.ts';
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

export interface FactsTablePage {
  local: readonly FactView[];
  national: readonly FactView[];
}

/** /departements/faits/: every fact, local then national. */
export function factsTablePage(): FactsTablePage {
  return { local: localCollectivites().map(factView), national: nationalCollectivites().map(factView) };
}
