/** Queries of « Suis-je concerné ? » (data/metiers.csv): professions, their rows in reading order, the guided path. */
import { metiersDataset, type MetierRow } from '../schemas/metiers.ts';
import { mesuresDataset } from '../schemas/mesures.ts';
import { readableRow } from './prose.ts';
import { foldFrench } from '../lib/fold.ts';
import { SECTORS, type Sector } from '../lib/codes/common.ts';
import { PLACES, type Place, type Verdict } from '../lib/codes/metiers.ts';
import type { SearchIndex } from '../lib/metiers/types.ts';
import { rowsOf } from './data.ts';
import { buildSearchIndex } from './metiers-index.ts';

const rows: readonly MetierRow[] = rowsOf('metiers');
/** Position of each row in the file, computed once: sortByContext runs for every profession of every page. */
const fileOrder: ReadonlyMap<string, number> = new Map(rows.map((row, i) => [row.id, i]));

/** The search index served as /metiers/index.json: texts as readers see them, citations written out. */
export function metierSearchIndex(): SearchIndex {
  return buildSearchIndex(
    rows.map((row) => readableRow(metiersDataset, row)),
    rowsOf('mesures').map((row) => readableRow(mesuresDataset, row)),
    rowsOf('sources'),
  );
}

/** Rows in reading order: by sector, then workplace type, then file order. */
export function sortByContext(list: readonly MetierRow[]): MetierRow[] {
  const sectorRank = (row: MetierRow) => Math.min(...row.secteur.map((sector) => SECTORS.indexOf(sector)));
  return [...list].sort(
    (a, b) =>
      sectorRank(a) - sectorRank(b) ||
      PLACES.indexOf(a.etablissement) - PLACES.indexOf(b.etablissement) ||
      (fileOrder.get(a.id) ?? 0) - (fileOrder.get(b.id) ?? 0),
  );
}

/** One profession: its page /metiers/<slug>/. */
export interface Profession {
  slug: string;
  label: string;
  /** Every way it is written in the data (variants), without repeats. */
  variants: string[];
  /** Its rows, in reading order. */
  rows: MetierRow[];
  /** How many rows give each verdict. */
  counts: Record<Verdict, number>;
}

function professionOf(slug: string, list: readonly MetierRow[]): Profession {
  const seen = new Set<string>();
  const variants: string[] = [];
  for (const row of list) {
    for (const variant of row.variantes) {
      const key = foldFrench(variant);
      if (seen.has(key) || key === foldFrench(list[0]!.profession)) continue;
      seen.add(key);
      variants.push(variant);
    }
  }
  const counts: Record<Verdict, number> = { oui: 0, non: 0, selon_cas: 0 };
  for (const row of list) counts[row.verdict] += 1;
  return { slug, label: list[0]!.profession, variants, rows: sortByContext(list), counts };
}

/** Every profession, in alphabetical order of its label. */
export function allProfessions(): Profession[] {
  const bySlug = new Map<string, MetierRow[]>();
  for (const row of rows) {
    const list = bySlug.get(row.metier);
    if (list) list.push(row);
    else bySlug.set(row.metier, [row]);
  }
  return [...bySlug]
    .map(([slug, list]) => professionOf(slug, list))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

/** Professions grouped under the first letter of their label (accents folded), for the A–Z index. */
export function professionsByLetter(): { letter: string; professions: Profession[] }[] {
  const groups = new Map<string, Profession[]>();
  for (const profession of allProfessions()) {
    const letter = foldFrench(profession.label).charAt(0).toUpperCase();
    const group = groups.get(letter);
    if (group) group.push(profession);
    else groups.set(letter, [profession]);
  }
  return [...groups].map(([letter, professions]) => ({ letter, professions }));
}

/** The workplace types of one sector (or of all), each with the professions and rows we know there: the guided path. */
export function guidedPath(
  sector: Sector | null,
): { place: Place; professions: { slug: string; label: string; rows: MetierRow[] }[] }[] {
  const inSector = rows.filter((row) => sector === null || row.secteur.includes(sector));
  const professionsInOrder = allProfessions();
  return PLACES.flatMap((place) => {
    const here = inSector.filter((row) => row.etablissement === place);
    if (here.length === 0) return [];
    const professions = professionsInOrder
      .map((profession) => ({
        slug: profession.slug,
        label: profession.label,
        rows: sortByContext(here.filter((row) => row.metier === profession.slug)),
      }))
      .filter((profession) => profession.rows.length > 0);
    return [{ place, professions }];
  });
}

/** The sectors that have at least one row, in code order. */
export function sectorsWithRows(): Sector[] {
  return SECTORS.filter((sector) => rows.some((row) => row.secteur.includes(sector)));
}
