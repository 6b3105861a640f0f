/**
 * What the static pages of « Suis-je concerné ? » show: the search page's
 * counts, sectors and A–Z index; a profession's page with each situation and
 * each measure, their sources as links.
 */
import type { MesureRow } from '../../schemas/mesures.ts';
import type { MetierRow } from '../../schemas/metiers.ts';
import type { Sector } from '../../lib/codes/common.ts';
import { rowsByIds, rowsOf } from '../../queries/data.ts';
import {
  allProfessions,
  guidedPath,
  professionsByLetter,
  sectorsWithRows,
  type Profession,
} from '../../queries/metiers.ts';
import { sourceLinks, type SourceLink } from '../sources/source-links.ts';

/** One workplace type of the guided path, with the professions known there (rendered by GuidedPlaces). */
export type GuidedPlace = ReturnType<typeof guidedPath>[number];

/** The guided path of one sector (or of all), for /metiers/secteur/<secteur>/. */
export function guidedPlaces(sector: Sector | null): GuidedPlace[] {
  return guidedPath(sector);
}

export interface MetiersHome {
  /** Sectors with at least one row: the first step of the guided path. */
  sectors: Sector[];
  letters: ReturnType<typeof professionsByLetter>;
  counts: { situations: number; professions: number; measures: number };
}

/** /metiers/. */
export function metiersHome(): MetiersHome {
  return {
    sectors: sectorsWithRows(),
    letters: professionsByLetter(),
    counts: {
      situations: rowsOf('metiers').length,
      professions: allProfessions().length,
      measures: rowsOf('mesures').length,
    },
  };
}

/** A measure as its card shows it. */
export interface MeasureView {
  mesure: MesureRow;
  sources: readonly SourceLink[];
}

/** A situation (row) as its card shows it: the measures it names, its sources. */
export interface SituationView {
  row: MetierRow;
  mesures: readonly MesureRow[];
  sources: readonly SourceLink[];
  /**
   * Where to read what each département decided or paid, when the situation
   * depends on a département (its workplace names one as funder or employer);
   * null otherwise.
   */
  departements: string | null;
}

/** A workplace that a département funds or runs, in the row's own words (« financé par le département »). */
const DEPARTEMENT_WORKPLACE = /\bd[ée]partement(?:s|al|ale|aux)?\b/i;

export interface ProfessionPage {
  profession: Profession;
  situations: SituationView[];
  /** Every measure its rows name, once, in order of first mention. */
  measures: MeasureView[];
}

/** /metiers/<slug>/. */
export function professionPage(profession: Profession): ProfessionPage {
  return {
    profession,
    situations: profession.rows.map((row) => ({
      row,
      mesures: rowsByIds('mesures', row.mesure_ids),
      sources: sourceLinks(row.source_ids),
      departements: DEPARTEMENT_WORKPLACE.test(row.etablissement_detail) ? '/departements/#trouver-titre' : null,
    })),
    measures: rowsByIds(
      'mesures',
      profession.rows.flatMap((row) => row.mesure_ids),
    ).map((mesure) => ({ mesure, sources: sourceLinks(mesure.source_ids) })),
  };
}
