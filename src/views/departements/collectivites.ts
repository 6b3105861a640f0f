/**
 * What /departements/ and the collectivity pages show: each row of
 * collectivites.csv with its amount in words, its place, its page and its
 * sources as links; the map's inputs; the featured « Ségur des oubliés ».
 */
import type { CollectiviteRow } from '../../schemas/collectivites.ts';
import { LOCAL_PERIOD_SUFFIXES } from '../../lib/codes/collectivites.ts';
import type { PositionKey } from '../../lib/codes/positions.ts';
import { collectivitePageHref, departementName } from '../../lib/departements.ts';
import { formatEuros } from '../../lib/format.ts';
import { inseeSortValue } from '../../lib/insee.ts';
import {
  SEGUR_DES_OUBLIES_ID,
  collectivitePage,
  collectivitePages,
  departementPositions,
  localCollectivites,
  mapCodeOf,
  nationalCollectivites,
  pageCodeOf,
  positionCounts,
  segurDesOubliesRow,
  type CollectivitePage,
  type DepartementPosition,
} from '../../queries/collectivites.ts';
import { departementShapes, geometryMetadata, type DepartementShape } from '../../queries/geometrie.ts';
import { sourceLinks, type SourceLink } from '../sources/source-links.ts';
import { prose, proseOrNull, type ProseView } from '../citations/prose.ts';

/** The shapes the components of /departements/ render. */
export type { CollectivitePage, DepartementPosition, DepartementShape };

/** The amount with its period, in French: « 7,5 M€ par an », « 90 € par mois et par personne »; null without amount. */
export function amountText(row: Pick<CollectiviteRow, 'montant_eur' | 'periodicite'>): string | null {
  if (row.montant_eur === null) return null;
  return `${formatEuros(row.montant_eur)}${row.periodicite ? LOCAL_PERIOD_SUFFIXES[row.periodicite] : ''}`;
}

/** Where a row sits: « Gironde (33) », « Rhône (69) » for the Métropole de Lyon, « région (code 44) ». */
export function placeOf(row: CollectiviteRow): { text: string; sortValue: string } {
  if (row.niveau === 'region') return { text: `région (code ${row.code_region ?? '?'})`, sortValue: '1000' };
  if (row.code_insee === null) return { text: '', sortValue: '' };
  const mapCode = mapCodeOf(row.code_insee);
  const name = mapCode ? departementName(mapCode) : row.code_insee;
  return { text: `${name} (${mapCode ?? row.code_insee})`, sortValue: String(inseeSortValue(row.code_insee)) };
}

/** One row, as tables, facts and the highlight show it. */
export interface CollectiviteFactView {
  row: CollectiviteRow;
  /** « 7,5 M€ par an », or null. */
  amount: string | null;
  place: { text: string; sortValue: string };
  /** The collectivity's page, when it has one. */
  pageHref: string | null;
  /** The row the site puts forward (« À la une »). */
  featured: boolean;
  sources: readonly SourceLink[];
  /** Its texts, citations resolved. */
  perimetre: ProseView;
  suite: ProseView | null;
  note: ProseView | null;
}

/** The view of one row. */
export function collectiviteFact(row: CollectiviteRow): CollectiviteFactView {
  const pageCode = pageCodeOf(row);
  const page = pageCode === null ? undefined : collectivitePage(pageCode);
  return {
    row,
    amount: amountText(row),
    place: placeOf(row),
    pageHref: page ? collectivitePageHref(page.code) : null,
    featured: row.id === SEGUR_DES_OUBLIES_ID,
    sources: sourceLinks(row.source_ids),
    perimetre: prose(row.perimetre),
    suite: proseOrNull(row.suite),
    note: proseOrNull(row.note),
  };
}

export interface DepartementsPage {
  featured: CollectiviteFactView;
  local: CollectiviteFactView[];
  national: CollectiviteFactView[];
  shapes: readonly DepartementShape[];
  positions: readonly DepartementPosition[];
  counts: ReadonlyMap<PositionKey, number>;
  /** Credit of the geometry, as written in its file. */
  credit: string;
}

/** /departements/: the highlight, the map's inputs and both tables. */
export function departementsPage(): DepartementsPage {
  return {
    featured: collectiviteFact(segurDesOubliesRow()),
    local: localCollectivites().map(collectiviteFact),
    national: nationalCollectivites().map(collectiviteFact),
    shapes: departementShapes(),
    positions: departementPositions(),
    counts: positionCounts(),
    credit: geometryMetadata().credit,
  };
}

export interface CollectivitePageView {
  page: CollectivitePage;
  /** What the map shows for the département these rows colour, if any. */
  position: DepartementPosition | undefined;
  facts: CollectiviteFactView[];
}

/** Every collectivity page, with its facts. */
export function collectivitePageViews(): CollectivitePageView[] {
  const positions = departementPositions();
  return collectivitePages().map((page) => ({
    page,
    position: page.mapCode === null ? undefined : positions.find((entry) => entry.code === page.mapCode),
    facts: page.rows.map(collectiviteFact),
  }));
}
