/**
 * The indexes of each section, as /recherche/ lists them: where to browse
 * events, estimates, figures, sources, professions and collectivities without
 * the search (and what the search box leads to without JavaScript).
 */
import { SOURCE_TYPE_LABELS } from '../../lib/codes/sources.ts';
import { sourceTypePath } from '../../lib/source-pages.ts';
import { bibliography } from '../../queries/bibliography.ts';
import { yearLinks } from '../chronologie/year.ts';

/** A link of an index. */
export interface IndexLink {
  href: string;
  label: string;
}

/** One section: its main index, and the finer ones. */
export interface SectionIndex {
  /** What the section holds, and where it is listed in full. */
  main: IndexLink;
  /** What it is about, in a few words. */
  about: string;
  /** Finer indexes (one page per year, per type…). */
  parts: IndexLink[];
}

/** Every section's indexes, in the order of the search's kinds of results. */
export function sectionIndexes(): SectionIndex[] {
  return [
    {
      main: { href: '/chronologie/', label: 'Chronologie' },
      about: 'tous les événements, à filtrer par type, acteur, secteur, filière ou texte ; et année par année',
      parts: yearLinks().map(({ year, href }) => ({ href, label: String(year) })),
    },
    {
      main: { href: '/estimations/', label: 'Estimations' },
      about: 'les estimations du nombre d’exclus et du coût, comparées en graphiques, et leur tableau complet',
      parts: [{ href: '/donnees/estimations/', label: 'Toutes les estimations, ligne par ligne' }],
    },
    {
      main: { href: '/donnees/chiffres/', label: 'Chiffres de contexte' },
      about: 'montants, enveloppes, enquêtes et bases de calcul, ligne par ligne',
      parts: [],
    },
    {
      main: { href: '/sources/', label: 'Sources' },
      about: 'la bibliographie, par type de document',
      parts: bibliography().map((group) => ({
        href: sourceTypePath(group.type),
        label: SOURCE_TYPE_LABELS[group.type].group,
      })),
    },
    {
      main: { href: '/metiers/', label: 'Métiers' },
      about: 'chaque métier de A à Z, avec sa réponse : les 183 €, par quelle mesure, depuis quand',
      parts: [],
    },
    {
      main: { href: '/departements/', label: 'Départements' },
      about: 'les cartes, et une page par département, métropole et région',
      parts: [{ href: '/departements/faits/', label: 'Tous les faits, collectivité par collectivité' }],
    },
    {
      main: { href: '/donnees/', label: 'Données' },
      about: 'chaque jeu de données en CSV, avec son dictionnaire et ses versions',
      parts: [],
    },
  ];
}
