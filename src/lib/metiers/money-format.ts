/**
 * French wording of money for the amount, the arrears and the letter:
 * cents when there are some (« 241,22 € », « 183 € »), whole euros for
 * estimates (« environ 17 603 € »), every decimal of a point value, working
 * time as a percentage. Built on Intl, like the rest of the site.
 */
import { NBSP, formatExactNumber } from '../format.ts';

const cents = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** A monthly amount to the cent: 241.21622 → « 241,22 € », 183 → « 183 € », 192.9 → « 192,90 € ». */
export function formatEurosExact(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return `${Number.isInteger(rounded) ? whole.format(rounded) : cents.format(rounded)}${NBSP}€`;
}

/** An estimate in whole euros: 17602.6 → « 17 603 € ». */
export function formatEurosRounded(value: number): string {
  return `${whole.format(Math.round(value))}${NBSP}€`;
}

/** The value of one index point, every decimal kept: « 4,92278 € ». */
export function formatPointValue(value: number): string {
  return `${formatExactNumber(value)}${NBSP}€`;
}

/** A working time: 0.8 → « 80 % », 0.555 → « 55,5 % ». */
export function formatQuotite(value: number): string {
  return `${percent.format(value * 100)}${NBSP}%`;
}
