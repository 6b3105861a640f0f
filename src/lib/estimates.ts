/**
 * How an estimate reads in French: its value, range or bound, its
 * approximation (« ≈ », « plus de »), its unit (personnes, ETP, euros) and, for
 * a cost, its period. Environment-neutral: charts, tables, summaries and
 * citations all write estimates through these functions, so that an ETP never
 * reads like a person and an approximation never reads like an exact count.
 */
import { NBSP, formatEuros, formatNumber, formatPartialDate } from './format.ts';
import type { CostPeriod, EstimateUnit } from './codes/estimations.ts';
import { VERIFICATION_STATUS_LABELS, type VerificationStatus } from './codes/common.ts';

/** The columns of an estimate that say what its number is. */
export interface EstimateValue {
  valeur: number | null;
  valeur_min: number | null;
  valeur_max: number | null;
  approximatif: boolean;
  unite: EstimateUnit;
  periodicite?: CostPeriod | null;
}

/**
 * - `point`: one value (maybe approximate);
 * - `range`: a low and a high bound (with or without a central value);
 * - `atLeast`: only a low bound, as in « plus d’1 Md€ »;
 * - `atMost`: only a high bound.
 */
export type EstimateShape = 'point' | 'range' | 'atLeast' | 'atMost';

/** Which of the four forms the estimate takes. */
export function estimateShape(estimate: EstimateValue): EstimateShape {
  const { valeur_min: low, valeur_max: high } = estimate;
  if (low !== null && high !== null && low !== high) return 'range';
  if (low !== null && high === null) return 'atLeast';
  if (high !== null && low === null) return 'atMost';
  return 'point';
}

/** The number to place on an axis: the value, else the middle of the range, else the known bound. */
export function estimateAnchor(estimate: EstimateValue): number {
  const { valeur, valeur_min: low, valeur_max: high } = estimate;
  if (valeur !== null) return valeur;
  if (low !== null && high !== null) return (low + high) / 2;
  const bound = low ?? high;
  if (bound === null) throw new Error('estimation sans valeur ni borne');
  return bound;
}

/** The interval an estimate spans on an axis ([v, v] for a point or a bound). */
export function estimateExtent(estimate: EstimateValue): [number, number] {
  const anchor = estimateAnchor(estimate);
  return [estimate.valeur_min ?? anchor, estimate.valeur_max ?? anchor];
}

/** A bare amount in its unit's number style: « 120 800 » or « 7,5 M€ ». */
export function formatAmount(value: number, unit: EstimateUnit): string {
  return unit === 'eur' ? formatEuros(value) : formatNumber(value);
}

/** The unit word after a count: « personnes », « ETP »; nothing for euros (already in « M€ »). */
export function unitSuffix(unit: EstimateUnit, count: number): string {
  if (unit === 'eur') return '';
  if (unit === 'etp') return `${NBSP}ETP`;
  return `${NBSP}${count <= 1 ? 'personne' : 'personnes'}`;
}

/**
 * « plus de 650 » but « plus d’1 Md€ »: French elides « de » before « un »,
 * which is how a leading « 1 » not followed by other digits reads aloud.
 */
function de(amount: string): string {
  return /^1(?![\d\u202f])/.test(amount) ? `d’${amount}` : `de ${amount}`;
}

/**
 * The estimate as a French phrase, unit included: « ≈ 215 000 ETP »,
 * « 8 000 à 8 500 ETP », « plus d’1 Md€ », « 484 M€ par an » (with
 * `withPeriod`). An approximate value is prefixed with « ≈ »; a bound says
 * « plus de » or « moins de » and needs no « ≈ ».
 */
export function formatEstimate(estimate: EstimateValue, options: { withPeriod?: boolean } = {}): string {
  const { valeur, valeur_min: low, valeur_max: high, approximatif, unite } = estimate;
  const approx = approximatif ? `≈${NBSP}` : '';
  const amount = (value: number): string => formatAmount(value, unite);
  let phrase: string;
  switch (estimateShape(estimate)) {
    case 'range': {
      // Both bounds exist in this branch.
      const span = `${amount(low as number)} à ${amount(high as number)}`;
      phrase =
        valeur === null
          ? `${approx}${span}${unitSuffix(unite, high as number)}`
          : `${approx}${amount(valeur)}${unitSuffix(unite, valeur)} (de ${span})`;
      break;
    }
    case 'atLeast':
      phrase = `plus ${de(amount(low as number))}${unitSuffix(unite, low as number)}`;
      break;
    case 'atMost':
      phrase = `moins ${de(amount(high as number))}${unitSuffix(unite, high as number)}`;
      break;
    default: {
      const value = estimateAnchor(estimate);
      phrase = `${approx}${amount(value)}${unitSuffix(unite, value)}`;
    }
  }
  if (options.withPeriod && estimate.periodicite === 'annuel') phrase += ' par an';
  return phrase;
}

/**
 * Who made an estimate, for running text: « Axess (Fehap et Nexem) »; the
 * government reads « le gouvernement (rapport art. 83 LFSS 2023) ».
 */
export function authorInText(row: { estimateur: string }): string {
  return row.estimateur.replace(/^Gouvernement\b/, 'le gouvernement');
}

/** Who made an estimate, without the parenthesis: « Axess », « le gouvernement ». */
export function authorShort(row: { estimateur: string }): string {
  return authorInText(row).replace(/\s*\(.*\)$/, '');
}

/** « (incertain) », « (source unique) » after a figure that is not confirmed; nothing for a confirmed one. */
export function statusMark(row: { statut_verification: VerificationStatus }): string {
  return row.statut_verification === 'confirme'
    ? ''
    : ` (${VERIFICATION_STATUS_LABELS[row.statut_verification].toLowerCase()})`;
}

/**
 * « de » before an author, contracted and elided as French wants: « du
 * gouvernement », « de Départements de France », « d’Axess ».
 */
export function ofAuthor(author: string): string {
  if (author.startsWith('le ')) return `du ${author.slice(3)}`;
  if (author.startsWith('les ')) return `des ${author.slice(4)}`;
  return /^[aeiouyàâéèêîôûh]/i.test(author) ? `d’${author}` : `de ${author}`;
}

/** The agreement after which earlier counts are history: its date and its name (« Ségur pour tous »). */
export interface Agreement {
  /** `AAAA-MM-JJ`, from mesures.csv. */
  date: string;
  name: string;
  /** First month due (`AAAA-MM`), or null when unknown. */
  effect: string | null;
}

/** The name a measure is known by, when its name quotes one (« « Ségur pour tous » : extension… » → « Ségur pour tous »). */
export function quotedName(measureName: string): string | null {
  return /«\s*([^»]+?)\s*»/.exec(measureName)?.[1] ?? null;
}

/** « l’accord « Ségur pour tous » du 4 juin 2024 » (or « l’accord du 4 juin 2024 » without a name). */
export function agreementInText(agreement: Agreement): string {
  return `l’accord ${agreement.name ? `« ${agreement.name} » ` : ''}du ${formatPartialDate(agreement.date)}`;
}

/**
 * Why a figure is history, for a badge, a tooltip or a table: « Historique :
 * situation de décembre 2023, avant l’accord « Ségur pour tous » du 4 juin
 * 2024. »; null for a figure that describes the world after it.
 */
export function historyNote(
  row: { anterieur_accord_2024: boolean; date_etat: string },
  agreement: Agreement,
): string | null {
  const clause = historyClause(row, agreement);
  return clause === null ? null : `Historique${NBSP}: ${clause}.`;
}

/** « situation de décembre 2023, avant l’accord … », or null for a figure of the world after the agreement. */
export function historyClause(
  row: { anterieur_accord_2024: boolean; date_etat: string },
  agreement: Agreement,
): string | null {
  if (!row.anterieur_accord_2024) return null;
  return `situation ${ofDate(row.date_etat)}, avant ${agreementInText(agreement)}`;
}

/** « de décembre 2023 », « d’avril 2021 », « du 5 décembre 2023 », « de 2022 ». */
export function ofDate(date: string): string {
  const written = formatPartialDate(date);
  if (/^\d/.test(written) && written.split(' ').length === 3) return `du ${written}`;
  return /^[aeiouyàâéèêîôû]/i.test(written) ? `d’${written}` : `de ${written}`;
}
