/**
 * The words of the social cards of figures, written from data rows: an
 * estimate (a key figure, a chart's headline figure) or an event (the latest
 * one). Pure functions of typed rows, tested without the real data; the card
 * builder (src/lib/social-card.ts) draws them.
 */
import type { EstimationRow } from '../../schemas/estimations.ts';
import type { EvenementRow } from '../../schemas/evenements.ts';
import type { SourceRow } from '../../schemas/sources.ts';
import type { SocialCard } from '../../lib/social-card.ts';
import { ESTIMATE_NATURE_PHRASES, ESTIMATE_UNIT_LABELS } from '../../lib/codes/estimations.ts';
import { VERIFICATION_STATUS_LABELS } from '../../lib/codes/common.ts';
import { formatPartialDate, plural } from '../../lib/format.ts';
import { formatEstimate } from '../../lib/estimates.ts';
import { estimateTags } from '../../charts/estimate-text.ts';

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/**
 * « Selon X — source : Éditeur, « Titre » », with « et 2 autres » when the
 * figure has more sources (the page lists them all). `lead` says who states
 * the figure, when that is not the source's publisher.
 */
export function sourceLine(sources: readonly SourceRow[], lead?: string): string {
  const [first] = sources;
  const others = sources.length - 1;
  const source = first
    ? `${lead ? 'source' : 'Source'} : ${first.editeur}, « ${first.titre} »${others > 0 ? `, et ${plural(others, 'autre')}` : ''}`
    : '';
  return [lead, source].filter(Boolean).join(' — ');
}

/**
 * An estimate's card: the figure with its short unit (« 120 800 ETP », « 484 M€
 * par an »), what it counts (the long name of the ETP, which a reader must not
 * take for persons), its date, its tags (official, computed by us, single
 * source, uncertain) and who states it, from which source.
 */
export function estimateCard(row: EstimationRow, title: string, sources: readonly SourceRow[]): SocialCard {
  const counts = ESTIMATE_NATURE_PHRASES[row.nature];
  const tags = estimateTags(row);
  return {
    title,
    figure: formatEstimate(row, { withPeriod: true }),
    unit: row.unite === 'etp' ? `${ESTIMATE_UNIT_LABELS.etp} ${counts}` : capitalise(counts),
    date: formatPartialDate(row.date),
    source: sourceLine(sources, `Selon ${row.estimateur}`),
    status: tags.length > 0 ? capitalise(tags.join(' · ')) : null,
  };
}

/** An event's card: its date as the figure, its title under it, its actors and source. */
export function eventCard(row: EvenementRow, title: string, sources: readonly SourceRow[]): SocialCard {
  return {
    title,
    figure: formatPartialDate(row.date),
    unit: row.titre,
    date: null,
    source: sourceLine(sources, row.acteurs.length > 0 ? row.acteurs.join(', ') : undefined),
    status: row.statut_verification === 'confirme' ? null : VERIFICATION_STATUS_LABELS[row.statut_verification],
  };
}
