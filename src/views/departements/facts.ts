/**
 * One row of collectivites.csv as tables, timelines and the map's tables show
 * it: what kind of fact it is (a decision of the collectivity, a mobilisation,
 * a fact of another actor), its step, its amount in words, where it lies, its
 * page, its texts with their citations as links, and its sources with the
 * place of the fact in the first one.
 */
import type { CollectiviteRow } from '../../schemas/collectivites.ts';
import type { VerificationStatus } from '../../lib/codes/common.ts';
import {
  FACT_TYPE_LABELS,
  LEVEL_LABELS,
  LOCAL_PERIOD_SUFFIXES,
  MOBILISATION_TARGETS,
  NATURE_LABELS,
  STEP_LABELS,
  STRAND_LABELS,
} from '../../lib/codes/collectivites.ts';
import { collectivitePageHref, departementName, regionName } from '../../lib/departements.ts';
import { formatEuros, formatPartialDate } from '../../lib/format.ts';
import { inseeSortValue } from '../../lib/insee.ts';
import { sortKey } from '../../lib/dates.ts';
import { mapCodeOf, pageCodeOf } from '../../queries/collectivites.ts';
import { citedText, type CitedSegment } from '../sources/cited-text.ts';
import { sourceLinks, type SourceLink } from '../sources/source-links.ts';

/** The amount with its period, in French: « 7,5 M€ par an », « 90 € par mois et par personne »; null without amount. */
export function amountText(row: Pick<CollectiviteRow, 'montant_eur' | 'periodicite'>): string | null {
  if (row.montant_eur === null) return null;
  return `${formatEuros(row.montant_eur)}${row.periodicite ? LOCAL_PERIOD_SUFFIXES[row.periodicite] : ''}`;
}

/** Where a row lies: « Gironde (33) », « Rhône (69) » for the Métropole de Lyon, « Grand Est (région) ». */
export function placeOf(row: Pick<CollectiviteRow, 'code_insee' | 'code_region'>): { text: string; sortValue: string } {
  if (row.code_insee !== null) {
    const mapCode = mapCodeOf(row.code_insee) ?? row.code_insee;
    return {
      text: `${departementName(mapCode) ?? mapCode} (${mapCode})`,
      sortValue: String(inseeSortValue(row.code_insee)),
    };
  }
  if (row.code_region !== null) {
    return { text: `${regionName(row.code_region) ?? row.code_region} (région)`, sortValue: `1000${row.code_region}` };
  }
  return { text: '', sortValue: '' };
}

/**
 * « Décision de la collectivité (département) », « Fait d’un autre acteur
 * (association ou école) », « Mobilisation visant l’État ».
 */
export function kindText(row: Pick<CollectiviteRow, 'type_fait' | 'niveau'>): string {
  if (row.type_fait === 'mobilisation') return `${FACT_TYPE_LABELS.mobilisation} ${MOBILISATION_TARGETS[row.niveau]}`;
  return `${FACT_TYPE_LABELS[row.type_fait]} (${LEVEL_LABELS[row.niveau]})`;
}

/** One row, ready to show. */
export interface FactView {
  id: string;
  /** Who acted, or whose fact it is. */
  actor: string;
  /** « Décision de la collectivité (département) ». */
  kind: string;
  /** True when the fact is not the collectivity's own decision: the page says so beside it. */
  notADecision: boolean;
  nature: string;
  step: string;
  strand: string;
  date: string;
  dateText: string;
  dateSortKey: string;
  amount: string | null;
  amountSortValue: string;
  place: { text: string; sortValue: string };
  /** The collectivity's page, when it has one. */
  pageHref: string | null;
  perimetre: CitedSegment[];
  suite: CitedSegment[] | null;
  note: CitedSegment[] | null;
  status: VerificationStatus;
  sources: readonly SourceLink[];
  /** Where the fact stands in the first source, or null. */
  locator: string | null;
}

/** The view of one row. */
export function factView(row: CollectiviteRow): FactView {
  const pageCode = pageCodeOf(row);
  return {
    id: row.id,
    actor: row.collectivite,
    kind: kindText(row),
    notADecision: row.type_fait !== 'decision',
    nature: NATURE_LABELS[row.nature],
    step: STEP_LABELS[row.etape],
    strand: STRAND_LABELS[row.volet],
    date: row.date,
    dateText: formatPartialDate(row.date),
    dateSortKey: sortKey(row.date),
    amount: amountText(row),
    amountSortValue: row.montant_eur === null ? '' : String(row.montant_eur),
    place: placeOf(row),
    pageHref: pageCode === null ? null : collectivitePageHref(pageCode),
    perimetre: citedText(row.perimetre),
    suite: row.suite === null ? null : citedText(row.suite),
    note: row.note === null ? null : citedText(row.note),
    status: row.statut_verification,
    sources: sourceLinks(row.source_ids),
    locator: row.localisation,
  };
}
