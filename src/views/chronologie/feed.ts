/**
 * The chronology as an Atom feed (/chronologie.xml): one entry per event,
 * newest first. Entry ids are the event's absolute address on /chronologie/
 * (with its stable anchor), so they do not change when an event is edited;
 * <updated> is the first instant of the event's date (at its precision).
 */
import { evenementsSorted, eventTypeLabel } from '../../queries/evenements.ts';
import { rowsByIds } from '../../queries/data.ts';
import { renderAtomFeed, type AtomEntry } from '../../lib/atom.ts';
import { startOf } from '../../lib/dates.ts';
import { formatEuros, formatNumber, formatPartialDate } from '../../lib/format.ts';
import { DATA_LICENCE, SITE_NAME } from '../../lib/site.ts';
import { escapeXml as html } from '../../lib/xml.ts';
import { VERIFICATION_STATUS_LABELS } from '../../lib/codes/common.ts';
import type { EvenementRow } from '../../schemas/evenements.ts';
import { proseHtml } from '../citations/prose.ts';
import { proseText } from '../../queries/prose.ts';

/** The entry's HTML: date, type, actors, figures, summary, doubt, numbered sources. */
function contentHtml(event: EvenementRow, site: URL | string): string {
  const facts = [
    `${html(formatPartialDate(event.date))} — ${html(eventTypeLabel(event.type))}`,
    `Acteurs : ${html(event.acteurs.join(', '))}`,
    ...(event.montant_eur === null ? [] : [`Montant : ${html(formatEuros(event.montant_eur))}`]),
    ...(event.effectif === null ? [] : [`Effectif : ${html(formatNumber(event.effectif))}`]),
  ];
  const doubt =
    event.statut_verification === 'confirme'
      ? ''
      : `<p><strong>${VERIFICATION_STATUS_LABELS[event.statut_verification]}</strong>${event.note ? ` : ${proseHtml(event.note, site)}` : ''}</p>`;
  const sources = rowsByIds('sources', event.source_ids)
    .map(
      (source, index) =>
        `<li><a href="${html(new URL(`/sources/#${source.id}`, site).href)}">[${index + 1}] ${html(source.titre)}</a> (${html(source.editeur)})</li>`,
    )
    .join('');
  return `<p>${facts.join('<br/>')}</p><p>${proseHtml(event.resume, site)}</p>${doubt}<p>Sources :</p><ol>${sources}</ol>`;
}

/** The feed text; addresses are absolute, from the site's address. */
export function chronologieFeed(site: URL | string): string {
  const page = new URL('/chronologie/', site).href;
  // Most recently added or corrected first, then newest event first (the sort is stable).
  const events = evenementsSorted('recent').sort((a, b) => b.date_mise_a_jour.localeCompare(a.date_mise_a_jour));
  const entries: AtomEntry[] = events.map((event) => {
    const address = `${page}#${event.id}`;
    return {
      id: address,
      title: `${formatPartialDate(event.date)} — ${event.titre}`,
      // When the entry was added or last corrected (column date_mise_a_jour), never the date of the event.
      updated: startOf(event.date_mise_a_jour),
      link: { href: address },
      categories: [{ term: event.type, label: eventTypeLabel(event.type) }],
      summary: proseText(event.resume),
      contentHtml: contentHtml(event, site),
    };
  });
  return renderAtomFeed({
    id: new URL('/chronologie.xml', site).href,
    title: `Chronologie — ${SITE_NAME}`,
    subtitle:
      'Les événements de l’histoire des exclus des 183 € du Ségur de la santé, du plus récent au plus ancien, chacun avec ses sources.',
    self: new URL('/chronologie.xml', site).href,
    alternate: page,
    author: SITE_NAME,
    rights: `Données sous ${DATA_LICENCE.name}`,
    lang: 'fr',
    entries,
  });
}
