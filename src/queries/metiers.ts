/**
 * Data access for « Suis-je concerné ? »: the profession catalogue
 * (data/metiers.csv) and the index and resolver built from it and from
 * contextes, regles, contrats, grades, employeurs, mesures and sources.
 * Pages read these rows only through this module.
 */
import { metiersDataset, type MetierRow } from '../schemas/metiers.ts';
import { loadRows } from '../schemas/dataset.ts';
import { foldFrench } from '../lib/normalize.ts';
import { DEPARTEMENTS } from '../lib/departements.ts';
import { createResolver, type Resolver } from '../lib/metiers/resolve.ts';
import type { SearchIndex } from '../lib/metiers/types.ts';
import { rawCsv } from './raw.ts';
import { allMesures } from './mesures.ts';
import { allSources } from './sources.ts';
import { allContextes } from './contextes.ts';
import { allRegles } from './regles.ts';
import { allContrats } from './contrats.ts';
import { allGrades } from './grades.ts';
import { allEmployeurs } from './employeurs.ts';
import { collectivitePage, departementAnchor, pageHref } from './collectivites.ts';
import { buildSearchIndex } from './metiers-index.ts';

const rows: readonly MetierRow[] = loadRows(rawCsv('metiers'), metiersDataset);
const byId: ReadonlyMap<string, MetierRow> = new Map(rows.map((row) => [row.id, row]));

/** Every profession, in file order. */
export function allMetiers(): readonly MetierRow[] {
  return rows;
}

/** One profession by its id. */
export function metierById(id: string): MetierRow | undefined {
  return byId.get(id);
}

/** Every profession, in alphabetical order of its label. */
export function metiersByLabel(): MetierRow[] {
  return [...rows].sort((a, b) => a.libelle.localeCompare(b.libelle, 'fr'));
}

/** Professions grouped under the first letter of their label (accents folded), for the A–Z index. */
export function metiersByLetter(): { letter: string; metiers: MetierRow[] }[] {
  const groups = new Map<string, MetierRow[]>();
  for (const metier of metiersByLabel()) {
    const letter = foldFrench(metier.libelle).charAt(0).toUpperCase();
    groups.set(letter, [...(groups.get(letter) ?? []), metier]);
  }
  return [...groups].map(([letter, metiers]) => ({ letter, metiers }));
}

let index: SearchIndex | null = null;

/** The index served as /metiers/index.json; a département named in a query links to its page, or to its line of the table. */
export function metierSearchIndex(): SearchIndex {
  index ??= buildSearchIndex({
    metiers: rows,
    grades: allGrades(),
    contextes: allContextes(),
    regles: allRegles(),
    contrats: allContrats(),
    employeurs: allEmployeurs(),
    mesures: allMesures(),
    sources: allSources(),
    departements: DEPARTEMENTS.map(([code, name]) => ({
      code,
      name,
      href: collectivitePage(code) ? pageHref(code) : `/departements/#${departementAnchor(code)}`,
    })),
  });
  return index;
}

let resolver: Resolver | null = null;

/** The resolver on the real index, as the browser builds it. */
export function metierResolver(): Resolver {
  resolver ??= createResolver(metierSearchIndex());
  return resolver;
}
