/**
 * What the site search finds (/recherche/index.json), built from the data:
 * every event, estimate, context figure, source, profession, département and
 * collectivity row, each with the title and line of details a result shows,
 * the address of its place on the site, and the hidden words it is found by
 * (an event's summary and actors, a profession's variants…). Kept small: no
 * notes, no long texts that the result does not need.
 */
import type { SourceType } from '../../lib/codes/sources.ts';
import { SOURCE_TYPE_LABELS } from '../../lib/codes/sources.ts';
import { EVENT_TYPE_LABELS } from '../../lib/codes/evenements.ts';
import { ESTIMATE_OBJECT_LABELS } from '../../lib/codes/estimations.ts';
import { NATURE_LABELS } from '../../lib/codes/collectivites.ts';
import { VERDICT_LABELS, VERDICTS } from '../../lib/codes/metiers.ts';
import { comparePartialDates } from '../../lib/dates.ts';
import { formatEstimate } from '../../lib/estimates.ts';
import { formatFigure } from '../../lib/figures.ts';
import { formatList, formatPartialDate, plural } from '../../lib/format.ts';
import { searchItem, type SearchItemInput, type SearchItemTuple, type SiteSearchIndex } from '../../lib/site-search.ts';
import { sourceRecordHref } from '../../queries/source-pages.ts';
import { collectivitePageHref } from '../../lib/departements.ts';
import { rowsOf } from '../../queries/data.ts';
import { allCollectivites, collectivitePages, type CollectivitePage } from '../../queries/collectivites.ts';
import { evenementYear, evenementsSorted } from '../../queries/evenements.ts';
import { rowPreviewHref } from '../../queries/preview-pages.ts';
import { factView } from '../departements/facts.ts';
import { factRowHref } from '../departements/overview.ts';
import { citedText } from '../sources/cited-text.ts';
import { yearPath } from '../../lib/chronology-paths.ts';
import { professionDigests } from '../metiers/pages.ts';

/** The text of a cell without its citation markers (« … [@source] »): the index needs words, not source ids. */
function plainText(text: string): string {
  return citedText(text)
    .flatMap((segment) => ('text' in segment ? [segment.text] : []))
    .join(' ');
}

/** An item of the index, its hidden texts without citation markers. */
function item(input: SearchItemInput): SearchItemTuple {
  return searchItem({ ...input, extra: input.extra?.map(plainText) });
}

/** What a collectivity page is about. */
const PAGE_KIND_LABELS: Readonly<Record<CollectivitePage['kind'], string>> = {
  departement: 'Département',
  'metropole-de-lyon': 'Métropole exerçant les compétences d’un département',
  region: 'Région',
};

/** Newest first; same date: file order. */
function newestFirst<T extends { date: string }>(rows: readonly T[]): T[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => comparePartialDates(b.row.date, a.row.date) || a.index - b.index)
    .map(({ row }) => row);
}

function eventItems(): SearchItemTuple[] {
  return evenementsSorted('recent').map((event) =>
    item({
      kind: 'evenement',
      title: event.titre,
      detail: `${formatPartialDate(event.date)} · ${EVENT_TYPE_LABELS[event.type].singular}`,
      href: `${yearPath(evenementYear(event))}#${event.id}`,
      extra: [event.resume, event.acteurs.join(' ')],
    }),
  );
}

function estimationItems(): SearchItemTuple[] {
  return newestFirst(rowsOf('estimations')).map((row) =>
    item({
      kind: 'estimation',
      title: `${formatEstimate(row, { withPeriod: true })} — ${ESTIMATE_OBJECT_LABELS[row.objet]}`,
      detail: `${row.estimateur}, ${formatPartialDate(row.date)}`,
      href: rowPreviewHref('estimations', row.id),
      extra: [row.perimetre],
    }),
  );
}

function chiffreItems(): SearchItemTuple[] {
  return newestFirst(rowsOf('chiffres')).map((row) =>
    item({
      kind: 'chiffre',
      title: row.indicateur,
      detail: `${formatFigure(row.valeur, row.unite)} · ${formatPartialDate(row.date)}`,
      href: rowPreviewHref('chiffres', row.id),
      extra: [row.perimetre],
    }),
  );
}

function sourceItems(): SearchItemTuple[] {
  const dated = rowsOf('sources').map((source) => ({ ...source, date: source.date_publication ?? '' }));
  const undated = dated.filter((source) => source.date === '');
  return [...newestFirst(dated.filter((source) => source.date !== '')), ...undated].map((source) =>
    item({
      kind: 'source',
      title: source.titre,
      detail: [source.editeur, source.date ? formatPartialDate(source.date) : null, typeLabel(source.type)]
        .filter((part) => part !== null)
        .join(' · '),
      href: sourceRecordHref(source),
    }),
  );
}

function typeLabel(type: SourceType): string {
  return SOURCE_TYPE_LABELS[type].singular;
}

function metierItems(): SearchItemTuple[] {
  return professionDigests().map((page) => {
    const verdicts = VERDICTS.flatMap((verdict) => {
      const count = page.summary.filter((row) => row.verdict === verdict).length;
      return count > 0 ? [`${VERDICT_LABELS[verdict].toLowerCase()} (${count})`] : [];
    });
    // The years of the first month due, as the page's summary gives them, oldest first.
    const years = [...new Set(page.summary.flatMap((row) => row.since?.match(/\b\d{4}\b/g) ?? []))].sort();
    return item({
      kind: 'metier',
      title: page.label,
      detail: `${verdicts.length > 0 ? `${verdicts.join(', ')} selon l’employeur` : 'réponse selon l’employeur'}${
        years.length > 0 ? ` ; dû depuis ${formatList(years, 'disjunction')}` : ''
      }`,
      href: `/metiers/${page.id}/`,
      extra: [...page.variants, page.description],
    });
  });
}

/** What a collectivity page holds, in a few words. */
function pageDetail(page: CollectivitePage): string {
  const kind = PAGE_KIND_LABELS[page.kind];
  if (page.rows.length > 0) return `${kind} · ${plural(page.rows.length, 'fait documenté', 'faits documentés')}`;
  return `${kind} · ${page.searched ? 'cherché, rien trouvé' : 'rien de documenté'}`;
}

function collectiviteItems(): SearchItemTuple[] {
  const pages = collectivitePages().map((page) =>
    item({
      kind: 'collectivite',
      title: page.title,
      detail: pageDetail(page),
      href: collectivitePageHref(page.code),
    }),
  );
  const facts = newestFirst(allCollectivites()).map((row) => {
    const view = factView(row);
    return item({
      kind: 'collectivite',
      title: `${row.collectivite} : ${NATURE_LABELS[row.nature].toLowerCase()}`,
      detail: [view.dateText, view.kind, view.amount].filter((part) => part !== null).join(' · '),
      // Every fact has its card on its collectivity's page; a national one is in the table of all facts.
      href: view.pageHref ? `${view.pageHref}#fait-${row.id}` : factRowHref(row.id),
      extra: [row.perimetre],
    });
  });
  return [...pages, ...facts];
}

/** The whole index, kind by kind. */
export function siteSearchIndex(): SiteSearchIndex {
  return {
    v: 1,
    items: [
      ...eventItems(),
      ...estimationItems(),
      ...chiffreItems(),
      ...sourceItems(),
      ...metierItems(),
      ...collectiviteItems(),
    ],
  };
}
