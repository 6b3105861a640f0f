/**
 * Queries of data/collectivites.csv: local and national rows, one page per
 * collectivity code, and what the département map shows for each département.
 */
import type { CollectiviteRow } from '../schemas/collectivites.ts';
import type { LocalNature } from '../lib/codes/collectivites.ts';
import { comparePartialDates } from '../lib/dates.ts';
import {
  DEPARTEMENT_CODES,
  DEPARTEMENTS,
  METROPOLE_DE_LYON,
  collectivitePageHref,
  departementAnchor,
  departementName,
  type DepartementCode,
} from '../lib/departements.ts';
import { compareInseeCodes } from '../lib/insee.ts';
import { POSITION_KEYS, positionLabel, strongestPosition, type PositionKey } from '../lib/codes/positions.ts';
import { rowById, rowsOf } from './data.ts';

const rows: readonly CollectiviteRow[] = rowsOf('collectivites');

/** The row the site puts forward: Gironde's own « Ségur des oubliés ». */
export const SEGUR_DES_OUBLIES_ID = 'gironde-2024-03-segur-des-oublies';

/** Rows in date order (then by collectivity), for tables. */
function byDate(a: CollectiviteRow, b: CollectiviteRow): number {
  return comparePartialDates(a.date, b.date) || a.collectivite.localeCompare(b.collectivite, 'fr');
}

/** Rows of collectivities (départements, regions, metropolises, communes…), earliest first. */
export function localCollectivites(): readonly CollectiviteRow[] {
  return rows.filter((row) => row.niveau !== 'national').sort(byDate);
}

/** National rows (Départements de France, the State, Axess's totals), earliest first. */
export function nationalCollectivites(): readonly CollectiviteRow[] {
  return rows.filter((row) => row.niveau === 'national').sort(byDate);
}

/** Gironde's « Ségur des oubliés » (7,5 M€ a year, announced on 27 March 2024). */
export function segurDesOubliesRow(): CollectiviteRow {
  return rowById('collectivites', SEGUR_DES_OUBLIES_ID);
}

// ── One page per collectivity code ────────────────────────────────────────

/**
 * The page a row belongs to: its département code (or 69M for the Métropole
 * de Lyon), `region-<code>` for a region, none for a national row.
 */
export function pageCodeOf(row: CollectiviteRow): string | null {
  if (row.niveau === 'region') return row.code_region === null ? null : `region-${row.code_region}`;
  return row.code_insee;
}

export type PageKind = 'departement' | 'metropole-de-lyon' | 'region';

export interface CollectivitePage {
  /** `33`, `69M` or `region-44`. */
  code: string;
  kind: PageKind;
  /** « Gironde », « Métropole de Lyon », « Région Grand Est ». */
  name: string;
  /** Heading: « Gironde (33) », « Métropole de Lyon (69M) », « Région Grand Est ». */
  title: string;
  /** The département shape these rows colour, if any (`69` for 69M). */
  mapCode: DepartementCode | null;
  /** Its rows in file order: the curators' order, which some texts refer to (« ligne suivante »). */
  rows: readonly CollectiviteRow[];
}

/** The département shape a département-attached code colours: the Métropole de Lyon colours the Rhône. */
export function mapCodeOf(codeInsee: string): DepartementCode | null {
  const code = codeInsee === METROPOLE_DE_LYON ? '69' : codeInsee;
  return (DEPARTEMENT_CODES as readonly string[]).includes(code) ? (code as DepartementCode) : null;
}

function buildPages(): CollectivitePage[] {
  const grouped = new Map<string, CollectiviteRow[]>();
  for (const row of rows) {
    const code = pageCodeOf(row);
    if (code === null) continue;
    grouped.set(code, [...(grouped.get(code) ?? []), row]);
  }
  const kindRank: Record<PageKind, number> = { departement: 0, 'metropole-de-lyon': 0, region: 1 };
  const built = [...grouped].map(([code, pageRows]): CollectivitePage => {
    if (code.startsWith('region-')) {
      const name = pageRows[0]?.collectivite ?? code;
      return { code, kind: 'region', name, title: name, mapCode: null, rows: pageRows };
    }
    const name = departementName(code) ?? code;
    const kind: PageKind = code === METROPOLE_DE_LYON ? 'metropole-de-lyon' : 'departement';
    return { code, kind, name, title: `${name} (${code})`, mapCode: mapCodeOf(code), rows: pageRows };
  });
  return built.sort(
    (a, b) =>
      kindRank[a.kind] - kindRank[b.kind] ||
      compareInseeCodes(a.code.replace('region-', ''), b.code.replace('region-', '')),
  );
}

const pages: readonly CollectivitePage[] = buildPages();
const pagesByCode: ReadonlyMap<string, CollectivitePage> = new Map(pages.map((page) => [page.code, page]));

/** Every collectivity page, one per code that has rows (départements in INSEE order, then 69M, then regions). */
export function collectivitePages(): readonly CollectivitePage[] {
  return pages;
}

/** One collectivity page by its code. */
export function collectivitePage(code: string): CollectivitePage | undefined {
  return pagesByCode.get(code);
}

// ── What the map shows for each département ───────────────────────────────

const NATURE_POSITIONS: Readonly<Record<LocalNature, PositionKey>> = {
  financement_volontaire: 'financement_volontaire',
  refus: 'refus_ou_motion',
  motion: 'refus_ou_motion',
  impaye: 'impaye',
  mesure_employeur: 'mesure_employeur',
  mobilisation: 'mobilisation',
  // A national compromise applied to one département (the State's compensation computed for the Drôme).
  compromis_national: 'compensation',
};

/** The map position a row stands for. */
export function positionOfNature(nature: LocalNature): PositionKey {
  return NATURE_POSITIONS[nature];
}

export interface DepartementPosition {
  code: DepartementCode;
  nom: string;
  /** The position shown, by the priority rule of src/lib/codes/positions.ts. */
  position: PositionKey;
  /** Every row attached to this département (its own, its communes', metropolises'…, 69M for 69). */
  rows: readonly CollectiviteRow[];
  /** Collectivities other than the département itself whose rows decide the position (« Brest métropole »). */
  otherActors: readonly string[];
  /** The page that lists these rows, or null when nothing is documented. */
  pageCode: string | null;
  /** Where the map links: that page, or this département's line in the table of départements. */
  href: string;
  /** « Finistère (29) : mobilisation (Brest métropole) ». */
  label: string;
}

/**
 * Decides what the map shows for one département from all rows attached to it.
 * Pure, so that the rule can be tested on made-up rows.
 */
export function decidePosition(
  code: DepartementCode,
  nom: string,
  attached: readonly CollectiviteRow[],
): DepartementPosition {
  const position = strongestPosition(attached.map((row) => positionOfNature(row.nature)));
  const deciding = attached.filter((row) => positionOfNature(row.nature) === position);
  const otherActors = deciding.some((row) => row.niveau === 'departement')
    ? []
    : [...new Set(deciding.map((row) => row.collectivite))];
  const ownRows = attached.some((row) => row.code_insee === code);
  const pageCode = attached.length === 0 ? null : ownRows ? code : (attached[0]?.code_insee ?? null);
  const actors = otherActors.length > 0 ? ` (${otherActors.join(', ')})` : '';
  return {
    code,
    nom,
    position,
    rows: attached,
    otherActors,
    pageCode,
    href: pageCode === null ? `/departements/#${departementAnchor(code)}` : collectivitePageHref(pageCode),
    label: `${nom} (${code}) : ${positionLabel(position)}${actors}`,
  };
}

function buildPositions(): DepartementPosition[] {
  const attached = new Map<string, CollectiviteRow[]>();
  for (const row of rows) {
    const mapCode = row.code_insee === null ? null : mapCodeOf(row.code_insee);
    if (mapCode === null) continue;
    attached.set(mapCode, [...(attached.get(mapCode) ?? []), row]);
  }
  return [...DEPARTEMENTS]
    .sort(([a], [b]) => compareInseeCodes(a, b))
    .map(([code, nom]) => decidePosition(code, nom, [...(attached.get(code) ?? [])].sort(byDate)));
}

const positions: readonly DepartementPosition[] = buildPositions();

/** The 101 départements with what the map shows for each, in INSEE order (Corsica between 19 and 21). */
export function departementPositions(): readonly DepartementPosition[] {
  return positions;
}

/** How many départements each position covers, in priority order (zeros included). */
export function positionCounts(): ReadonlyMap<PositionKey, number> {
  const counts = new Map<PositionKey, number>(POSITION_KEYS.map((key) => [key, 0]));
  for (const entry of positions) counts.set(entry.position, (counts.get(entry.position) ?? 0) + 1);
  return counts;
}
