/**
 * The sentences of /estimations/ that state facts — years, who says what,
 * what the State compensates — written from the rows, never typed: pure
 * functions of estimation and source rows, tested on fixture rows.
 */
import type { EstimationRow } from '../../schemas/estimations.ts';
import type { SourceRow } from '../../schemas/sources.ts';
import { formatList } from '../../lib/format.ts';
import { authorInText } from '../../lib/estimates.ts';

const FRACTIONS: readonly [number, string][] = [
  [1 / 2, 'la moitié'],
  [1 / 3, 'le tiers'],
  [2 / 3, 'les deux tiers'],
  [1 / 4, 'le quart'],
  [3 / 4, 'les trois quarts'],
];

/** How much of `whole` `part` is, in words: « la moitié », « le tiers », else « 42 % ». */
export function shareInWords(part: number, whole: number): string {
  const ratio = part / whole;
  const fraction = FRACTIONS.find(([value]) => Math.abs(value - ratio) < 0.005);
  if (fraction) return fraction[1];
  return `${new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(ratio)}`;
}

/** The years from `first` to `last`, both included (none when `last` < `first`). */
function yearsBetween(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** What the State's share of the départements' cost says, from the two rows. */
export interface CompensationFacts {
  /** First year of the départements' cost (« l’extension de 2024 »), if the row says it. */
  costFrom: number | null;
  /** The State's share of it, in words (« la moitié »). */
  share: string;
  /** First year the State pays (« à partir de 2025 »), if the row says it. */
  compensationFrom: number | null;
  /**
   * The years of cost before the State pays: « l’année 2024 reste sans compensation »,
   * « les années 2024 et 2025 restent sans compensation »; null when there is none or a year is unknown.
   */
  uncompensated: string | null;
}

/** The compensation facts from the départements' annual cost and the State's annual share of it. */
export function compensationFacts(
  departments: Pick<EstimationRow, 'valeur' | 'annee_concernee'>,
  state: Pick<EstimationRow, 'valeur' | 'annee_concernee'>,
): CompensationFacts {
  const costFrom = departments.annee_concernee;
  const compensationFrom = state.annee_concernee;
  const years = costFrom === null || compensationFrom === null ? [] : yearsBetween(costFrom, compensationFrom - 1);
  const uncompensated =
    years.length === 0
      ? null
      : years.length === 1
        ? `l’année ${years[0]} reste sans compensation`
        : `les années ${formatList(years.map(String))} restent sans compensation`;
  return {
    costFrom,
    share: shareInWords(state.valeur ?? 0, departments.valeur ?? 1),
    compensationFrom,
    uncompensated,
  };
}

/** « de 2024 », or nothing when the year is unknown. */
export function ofYear(year: number | null): string {
  return year === null ? '' : ` de ${year}`;
}

/** « à partir de 2025 », or nothing. */
export function fromYear(year: number | null): string {
  return year === null ? '' : ` à partir de ${year}`;
}

/** « pour 2024 » / « au titre de 2024 », or nothing. */
export function forYear(year: number | null, words = 'pour'): string {
  return year === null ? '' : ` ${words} ${year}`;
}

/**
 * Who contests an official figure, from the rows that contest it or a figure
 * published with it: « Axess (Fehap et Nexem) ». Null when nobody does.
 */
export function contestersInText(contesting: readonly Pick<EstimationRow, 'estimateur'>[]): string | null {
  const names = [...new Set(contesting.map(authorInText))];
  return names.length === 0 ? null : formatList(names);
}

/** A source named in text: « « Titre » (Éditeur) ». */
export function sourceInText(source: Pick<SourceRow, 'titre' | 'editeur'>): string {
  return `« ${source.titre} » (${source.editeur})`;
}

/** The publishers of sources, once each, in order: « Géroscopie, Axess et Le Media Social ». */
export function publishersInText(sources: readonly Pick<SourceRow, 'editeur'>[]): string {
  return formatList([...new Set(sources.map((source) => source.editeur))]);
}
