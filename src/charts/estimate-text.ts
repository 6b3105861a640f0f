/**
 * The words every chart puts on an estimate: its value with unit and
 * approximation, and the tags that must never be lost on the way to a
 * picture — history (a count of the world before the agreement of 4 June
 * 2024), official, computed by the observatory, single source, uncertain —
 * and, in the tooltip, where the figure stands in its first source.
 */
import type { EstimationRow } from '../schemas/estimations.ts';
import { formatPartialDate } from '../lib/format.ts';
import { formatEstimate } from '../lib/estimates.ts';

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** « historique », « officiel », « calcul de l’observatoire », « source unique », « incertain », in that order. */
export function estimateTags(row: EstimationRow): string[] {
  const tags: string[] = [];
  if (row.anterieur_accord_2024) tags.push('historique');
  if (row.officiel) tags.push('officiel');
  if (row.derive) tags.push('calcul de l’observatoire');
  if (row.statut_verification === 'source_unique') tags.push('source unique');
  if (row.statut_verification === 'incertain') tags.push('incertain');
  return tags;
}

/** « ≈ 93 000 personnes · officiel · source unique »: what a chart writes next to a mark. */
export function valueLabel(row: EstimationRow): string {
  return [formatEstimate(row, { withPeriod: true }), ...estimateTags(row)].join(' · ');
}

/**
 * The accessible name of a mark, a full sentence that carries the value:
 * « Axess (Fehap et Nexem), 26 février 2024 : ≈ 215 000 ETP. Ensemble de la
 * branche … ». Screen readers need nothing else.
 */
export function markLabel(row: EstimationRow, lead?: string): string {
  const tags = estimateTags(row);
  return [
    lead ? `${capitalise(lead)} : ` : '',
    `${row.estimateur}, ${formatPartialDate(row.date)} : ${formatEstimate(row, { withPeriod: true })}`,
    tags.length > 0 ? ` (${tags.join(', ')})` : '',
    `. ${row.perimetre}.`,
  ].join('');
}

/** The tooltip: who and when, the value with its tags, the scope, then where the figure stands in its source. */
export function tooltipLines(row: EstimationRow, lead?: string): string[] {
  return [
    ...(lead ? [capitalise(lead)] : []),
    `${row.estimateur} — ${formatPartialDate(row.date)}`,
    valueLabel(row),
    row.perimetre,
    ...(row.localisation ? [`Dans la source : ${row.localisation}`] : []),
  ];
}
