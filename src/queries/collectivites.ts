/**
 * Queries of data/collectivites.csv and data/recherches.csv: local and
 * national rows, and one page per collectivity — each of the 101
 * départements, the Métropole de Lyon and each of the 18 regions — with its
 * own rows and, when nothing was found there, how it was searched.
 */
import type { CollectiviteRow } from '../schemas/collectivites.ts';
import type { RechercheRow } from '../schemas/recherches.ts';
import { comparePartialDates } from '../lib/dates.ts';
import {
  DEPARTEMENTS,
  METROPOLE_DE_LYON,
  REGIONS,
  departementName,
  regionOfDepartement,
  type DepartementCode,
} from '../lib/departements.ts';
import { compareInseeCodes } from '../lib/insee.ts';
import { rowsOf } from './data.ts';

/** Rows in date order, then by actor: the order of tables and timelines. */
export function byDate(a: CollectiviteRow, b: CollectiviteRow): number {
  return comparePartialDates(a.date, b.date) || a.collectivite.localeCompare(b.collectivite, 'fr');
}

/** Every row of collectivites.csv, in file order. */
export function allCollectivites(): readonly CollectiviteRow[] {
  return rowsOf('collectivites');
}

/** Rows located somewhere (a département, a region), earliest first. */
export function localCollectivites(): readonly CollectiviteRow[] {
  return allCollectivites()
    .filter((row) => row.niveau !== 'national')
    .sort(byDate);
}

/** National rows (Départements de France, the State and the départements together, national surveys), earliest first. */
export function nationalCollectivites(): readonly CollectiviteRow[] {
  return allCollectivites()
    .filter((row) => row.niveau === 'national')
    .sort(byDate);
}

/** The département shape a département-attached code colours: the Métropole de Lyon lies in the Rhône. */
export function mapCodeOf(codeInsee: string | null): DepartementCode | null {
  if (codeInsee === null) return null;
  return codeInsee === METROPOLE_DE_LYON ? '69' : codeInsee;
}

/** Page code of a region: `region-44`. */
export function regionPageCode(code: string): string {
  return `region-${code}`;
}

/**
 * The page a row belongs to: its département code (or 69M for the Métropole
 * de Lyon), `region-<code>` for a region or an actor located only in a region,
 * none for a national row.
 */
export function pageCodeOf(row: Pick<CollectiviteRow, 'niveau' | 'code_insee' | 'code_region'>): string | null {
  if (row.code_insee !== null) return row.code_insee;
  if (row.code_region !== null) return regionPageCode(row.code_region);
  return null;
}

export type PageKind = 'departement' | 'metropole-de-lyon' | 'region';

export interface CollectivitePage {
  /** `33`, `69M` or `region-44`. */
  code: string;
  kind: PageKind;
  /** « Gironde », « Métropole de Lyon », « Grand Est ». */
  name: string;
  /** Heading: « Gironde (33) », « Métropole de Lyon (69M) », « Grand Est (région) ». */
  title: string;
  /** The département shape the page stands for (`69` for 69M), or null for a region. */
  mapCode: DepartementCode | null;
  /** The region the page belongs to (its own code for a region). */
  regionCode: string | null;
  /** Its rows, earliest first. */
  rows: readonly CollectiviteRow[];
  /** How it was searched when nothing was found, or null. */
  searched: RechercheRow | null;
}

/** Sorts pages: départements in INSEE order (69M after 69), then regions. */
function pageOrder(a: CollectivitePage, b: CollectivitePage): number {
  const rank = (page: CollectivitePage) => (page.kind === 'region' ? 1 : 0);
  return rank(a) - rank(b) || compareInseeCodes(a.code.replace('region-', ''), b.code.replace('region-', ''));
}

/**
 * Builds the pages from rows and searches. Throws when a collectivity is both
 * documented and listed as searched without result: the two files contradict
 * each other, and the build must stop rather than say both.
 */
export function buildPages(rows: readonly CollectiviteRow[], searches: readonly RechercheRow[]): CollectivitePage[] {
  const rowsByPage = new Map<string, CollectiviteRow[]>();
  for (const row of [...rows].sort(byDate)) {
    const code = pageCodeOf(row);
    if (code !== null) rowsByPage.set(code, [...(rowsByPage.get(code) ?? []), row]);
  }
  const searchByPage = new Map(
    searches.map((search) => [
      search.niveau === 'region' ? regionPageCode(search.code_region ?? '') : (search.code_insee ?? ''),
      search,
    ]),
  );
  const contradictions = [...searchByPage.keys()].filter((code) => rowsByPage.has(code));
  if (contradictions.length > 0) {
    throw new Error(
      `Données contradictoires : ${contradictions.join(', ')} figure${contradictions.length > 1 ? 'nt' : ''} dans data/recherches.csv (cherché, rien trouvé) et a des lignes dans data/collectivites.csv ; retirez la ligne de recherches.csv.`,
    );
  }
  const page = (code: string, kind: PageKind, name: string, title: string): CollectivitePage => ({
    code,
    kind,
    name,
    title,
    mapCode: kind === 'region' ? null : mapCodeOf(code),
    regionCode: kind === 'region' ? code.replace('region-', '') : (regionOfDepartement(code) ?? null),
    rows: rowsByPage.get(code) ?? [],
    searched: searchByPage.get(code) ?? null,
  });
  return [
    ...DEPARTEMENTS.map(([code, name]) => page(code, 'departement', name, `${name} (${code})`)),
    page(
      METROPOLE_DE_LYON,
      'metropole-de-lyon',
      departementName(METROPOLE_DE_LYON) ?? METROPOLE_DE_LYON,
      `${departementName(METROPOLE_DE_LYON)} (${METROPOLE_DE_LYON})`,
    ),
    ...REGIONS.map(([code, name]) => page(regionPageCode(code), 'region', name, `${name} (région)`)),
  ].sort(pageOrder);
}

let pages: readonly CollectivitePage[] | null = null;

/** Every collectivity page: the 101 départements in INSEE order, 69M after 69, then the 18 regions. */
export function collectivitePages(): readonly CollectivitePage[] {
  pages ??= buildPages(allCollectivites(), rowsOf('recherches'));
  return pages;
}

/** The département codes listed as searched without result. */
export function searchedDepartementCodes(): ReadonlySet<string> {
  return new Set(rowsOf('recherches').flatMap((search) => (search.code_insee === null ? [] : [search.code_insee])));
}
