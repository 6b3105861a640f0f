/**
 * The chronology as an Atom feed (/chronologie.xml): one entry per event,
 * newest first. Entry ids are the event's absolute address on /chronologie/
 * (with its stable anchor), so they do not change when an event is edited;
 * <updated> is the day the row was added or last corrected. A year's feed
 * (/chronologie/<année>.xml) has the same entries, with the same ids, for the
 * events of that year only, and links them to the year page.
 */
import { evenementHref, evenementYear, evenementsSorted, eventTypeLabel } from '../../queries/evenements.ts';
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

/**
 * The feed text; addresses are absolute, from the site's address. With `year`,
 * only the events of that year, linked to the year page.
 */
export function chronologieFeed(site: URL | string, options: { year?: number } = {}): string {
  const { year } = options;
  const page = new URL('/chronologie/', site).href;
  const alternate = year === undefined ? page : new URL(`/chronologie/${year}/`, site).href;
  const self = new URL(year === undefined ? '/chronologie.xml' : `/chronologie/${year}.xml`, site).href;
  // Most recently added or corrected first, then newest event first (the sort is stable).
  const events = evenementsSorted('recent')
    .filter((event) => year === undefined || evenementYear(event) === year)
    .sort((a, b) => b.date_mise_a_jour.localeCompare(a.date_mise_a_jour));
  const entries: AtomEntry[] = events.map((event) => {
    // The entry's id is the event's address on /chronologie/ in every feed: one event, one entry.
    const address = `${page}#${event.id}`;
    return {
      id: address,
      title: `${formatPartialDate(event.date)} — ${event.titre}`,
      // When the entry was added or last corrected (column date_mise_a_jour), never the date of the event.
      updated: startOf(event.date_mise_a_jour),
      // Where the event is read: its year's page in a year's feed; in the main feed, /chronologie/ or, for a year
      // it leaves to its page, that page. (The id above never changes.)
      link: { href: year === undefined ? new URL(evenementHref(event), site).href : `${alternate}#${event.id}` },
      categories: [{ term: event.type, label: eventTypeLabel(event.type) }],
      summary: proseText(event.resume),
      contentHtml: contentHtml(event, site),
    };
  });
  return renderAtomFeed({
    id: self,
    title: year === undefined ? `Chronologie — ${SITE_NAME}` : `Chronologie ${year} — ${SITE_NAME}`,
    subtitle:
      year === undefined
        ? 'Les événements de l’histoire des exclus des 183 € du Ségur de la santé, du plus récent au plus ancien, chacun avec ses sources.'
        : `Les événements de ${year} dans l’histoire des exclus des 183 € du Ségur de la santé, chacun avec ses sources.`,
    self,
    alternate,
    author: SITE_NAME,
    rights: `Données sous ${DATA_LICENCE.name}`,
    lang: 'fr',
    entries,
  });
}
