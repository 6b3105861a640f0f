/**
 * French wording of the measures' and rows' values (amounts, dates, the role
 * of a measure in an answer), shared by the static pages and the browser.
 */
import { NBSP, formatNumber } from '../format.ts';
import type { IndexMeasure } from './types.ts';

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

/** What a measure is to a row: the raise itself, what replaced it, or the decision behind a refusal. */
export function measureRole(measure: Pick<IndexMeasure, 'outsideSegur' | 'kind'>, verdict: string): string {
  if (measure.kind === 'decision_justice') return 'Décision qui fonde la réponse';
  if (verdict === 'non') return measure.outsideSegur ? 'À la place, hors Ségur' : 'Texte en cause';
  return measure.outsideSegur ? 'Mesure hors Ségur' : 'Mesure';
}
