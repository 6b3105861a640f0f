/** The Atom feed of the data changelog, from data/changements.csv (newest first). */
import { renderAtomFeed } from '../../lib/atom.ts';
import { comparePartialDates, startOf } from '../../lib/dates.ts';
import { formatPartialDate } from '../../lib/format.ts';
import { DATA_LICENCE, SITE_NAME } from '../../lib/site.ts';
import { rowsOf } from '../../queries/data.ts';
import { proseText } from '../../queries/prose.ts';
import { datasetBySlug } from '../../queries/catalogue.ts';

/** « Chronologie (evenements.csv) », or « tous les jeux de données ». */
export function changedDatasetLabel(slug: string): string {
  const dataset = datasetBySlug(slug);
  return dataset ? dataset.title : 'tous les jeux de données';
}

/**
 * The feed text; addresses are absolute, from the site's address. A change is
 * written in the log the day it is made, so its date is both when the entry
 * was published and when it was last updated.
 */
export function changesFeed(site: string | URL): string {
  const at = (path: string): string => new URL(path, site).href;
  const changes = [...rowsOf('changements')].sort((a, b) => comparePartialDates(b.date, a.date));
  return renderAtomFeed({
    id: at('/donnees/changements/'),
    title: `Modifications des données — ${SITE_NAME}`,
    subtitle:
      'Ajouts, corrections, suppressions et changements de colonnes dans les jeux de données de l’observatoire.',
    self: at('/donnees/changements.xml'),
    alternate: at('/donnees/changements/'),
    author: SITE_NAME,
    rights: `Données sous ${DATA_LICENCE.name}`,
    lang: 'fr',
    entries: changes.map((change) => ({
      id: at(`/donnees/changements/#${change.id}`),
      title: `${formatPartialDate(change.date)} — ${changedDatasetLabel(change.jeu_de_donnees)} : ${change.nature}`,
      link: { href: at(`/donnees/changements/#${change.id}`) },
      updated: startOf(change.date),
      published: startOf(change.date),
      summary: proseText(change.description),
      categories: [{ term: change.jeu_de_donnees }, { term: change.nature }],
    })),
  });
}
