/** French wording of the measures' and rows' values, shared by the static pages and the browser. */
import { NBSP, formatNumber } from '../format.ts';
import type { IndexMeasure } from './types.ts';

/** Kinds of text (column `type` of mesures.csv). */
export const MEASURE_KIND_LABELS: Readonly<Record<string, string>> = {
  accord: 'Accord',
  loi: 'Loi',
  decret: 'Décret',
  arrete: 'Arrêté',
  avenant: 'Avenant',
  decision_justice: 'Décision de justice',
  decision_unilaterale: 'Décision unilatérale des employeurs',
};

/** A measure's amount as its text states it: « 49 points d’indice majoré par mois », « 238 € brut par mois ». */
export function formatMeasureAmount(measure: Pick<IndexMeasure, 'amount' | 'unit'>): string | null {
  if (measure.amount === null || measure.unit === null) return null;
  const value = formatNumber(measure.amount);
  switch (measure.unit) {
    case 'points_indice':
      return `${value}${NBSP}points d’indice majoré par mois`;
    case 'eur_brut_mensuel':
      return `${value}${NBSP}€ brut par mois`;
    case 'eur_net_mensuel':
      return `${value}${NBSP}€ net par mois`;
    case 'pourcentage':
      return `${value}${NBSP}%`;
  }
}
