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
import { proseOrNull, type ProseView } from '../citations/prose.ts';

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
  /** Its note, citations resolved. */
  note: ProseView | null;
}

/** A situation (row) as its card shows it: the measures it names, its sources. */
export interface SituationView {
  row: MetierRow;
  mesures: readonly MesureRow[];
  sources: readonly SourceLink[];
  /** Its note, citations resolved. */
  note: ProseView | null;
}

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
      note: proseOrNull(row.note),
    })),
    measures: rowsByIds(
      'mesures',
      profession.rows.flatMap((row) => row.mesure_ids),
    ).map((mesure) => ({ mesure, sources: sourceLinks(mesure.source_ids), note: proseOrNull(mesure.note) })),
  };
}
