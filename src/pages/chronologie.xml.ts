/**
 * /chronologie.xml — the chronology as an Atom feed: one entry per event.
 * Entry ids are the event's absolute address on /chronologie/ (with its
 * stable anchor), so they do not change when an event is edited. <updated> is
 * when the entry was added or last corrected (column date_mise_a_jour), never
 * the date of the event, which the title and content give: a feed reader then
 * shows a corrected event as updated. Entries come most recently updated
 * first, then newest event first.
 */
import type { APIRoute } from 'astro';
import { evenementsSorted, eventTypeLabel } from '../queries/evenements.ts';
import { sourcesByIds } from '../queries/sources.ts';
import { renderAtomFeed, type AtomEntry } from '../lib/atom.ts';
import { startOf } from '../lib/dates.ts';
import { formatEuros, formatNumber, formatPartialDate } from '../lib/format.ts';
import { DATA_LICENCE, SITE_NAME } from '../lib/site.ts';
import { escapeXml as html } from '../lib/xml.ts';
import type { EvenementRow } from '../schemas/evenements.ts';

const STATUS_TEXT = { source_unique: 'Source unique', incertain: 'Incertain' } as const;

/** The entry's HTML: date, type, actors, figures, summary, doubt, numbered sources. */
function contentHtml(event: EvenementRow, site: URL): string {
  const facts = [
    `${html(formatPartialDate(event.date))} — ${html(eventTypeLabel(event.type))}`,
    `Acteurs : ${html(event.acteurs.join(', '))}`,
    ...(event.montant_eur === null ? [] : [`Montant : ${html(formatEuros(event.montant_eur))}`]),
    ...(event.effectif === null ? [] : [`Effectif : ${html(formatNumber(event.effectif))}`]),
  ];
  const doubt =
    event.statut_verification === 'confirme'
      ? ''
      : `<p><strong>${STATUS_TEXT[event.statut_verification]}</strong>${event.note ? ` : ${html(event.note)}` : ''}</p>`;
  const sources = sourcesByIds(event.source_ids)
    .map(
      (source, index) =>
        `<li><a href="${html(new URL(`/sources/#${source.id}`, site).href)}">[${index + 1}] ${html(source.titre)}</a> (${html(source.editeur)})</li>`,
    )
    .join('');
  return `<p>${facts.join('<br/>')}</p><p>${html(event.resume)}</p>${doubt}<p>Sources :</p><ol>${sources}</ol>`;
}

export const GET: APIRoute = ({ site }) => {
  if (!site)
    throw new Error('Le flux Atom a besoin de l’adresse du site : définissez `site` (SITE_URL) dans astro.config.mjs.');
  const page = new URL('/chronologie/', site).href;
  const events = evenementsSorted('recent').sort((a, b) => b.date_mise_a_jour.localeCompare(a.date_mise_a_jour));
  const entries: AtomEntry[] = events.map((event) => {
    const address = `${page}#${event.id}`;
    return {
      id: address,
      title: `${formatPartialDate(event.date)} — ${event.titre}`,
      updated: startOf(event.date_mise_a_jour),
      link: { href: address },
      categories: [{ term: event.type, label: eventTypeLabel(event.type) }],
      summary: event.resume,
      contentHtml: contentHtml(event, site),
    };
  });
  const xml = renderAtomFeed({
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
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
