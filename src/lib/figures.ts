/**
 * How a context figure of data/chiffres.csv reads in French: its number in
 * the format of its unit, then the unit (« 183 € nets par mois », « 26 % »,
 * « 49 points d’indice », « 7,5 M€ »). Environment-neutral.
 */
import { FIGURE_UNIT_SUFFIXES, type FigureUnit } from './codes/chiffres.ts';
import { formatEuros, formatNumber, formatPercent } from './format.ts';

/** The figure with its unit. French takes the singular below 2 (« 1,5 point »). */
export function formatFigure(value: number, unit: FigureUnit): string {
  const number =
    unit === 'pourcentage' ? formatPercent(value) : unit.startsWith('eur') ? formatEuros(value) : formatNumber(value);
  const suffix = FIGURE_UNIT_SUFFIXES[unit];
  return `${number}${Math.abs(value) < 2 ? suffix.singular : suffix.plural}`;
}
