/**
 * Data access for « Suis-je concerné ? »: the profession catalogue
 * (data/metiers.csv) and the index and resolver built from it and from
 * contextes, regles, contrats, grades, employeurs, mesures and sources.
 */
import type { MetierRow } from '../schemas/metiers.ts';
import { foldFrench } from '../lib/fold.ts';
import { DEPARTEMENTS, collectivitePageHref } from '../lib/departements.ts';
import { createResolver, type Resolver } from '../lib/metiers/resolve.ts';
import type { SearchIndex } from '../lib/metiers/types.ts';
import { rowsOf } from './data.ts';
import { buildSearchIndex } from './metiers-index.ts';

/** Every profession, in alphabetical order of its label. */
export function metiersByLabel(): MetierRow[] {
  return [...rowsOf('metiers')].sort((a, b) => a.libelle.localeCompare(b.libelle, 'fr'));
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

/** The index served as /metiers/index.json; a département named in a query links to its page (every département has one). */
export function metierSearchIndex(): SearchIndex {
  index ??= buildSearchIndex({
    metiers: rowsOf('metiers'),
    grades: rowsOf('grades'),
    contextes: rowsOf('contextes'),
    regles: rowsOf('regles'),
    contrats: rowsOf('contrats'),
    employeurs: rowsOf('employeurs'),
    mesures: rowsOf('mesures'),
    sources: rowsOf('sources'),
    departements: DEPARTEMENTS.map(([code, name]) => ({
      code,
      name,
      href: collectivitePageHref(code),
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
