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
import { ESTIMATE_NATURE_LABELS } from '../../lib/codes/estimations.ts';
import { LEVEL_LABELS, LOCAL_NATURE_LABELS } from '../../lib/codes/collectivites.ts';
import { VERDICT_LABELS, VERDICTS } from '../../lib/codes/metiers.ts';
import { positionLabel } from '../../lib/codes/positions.ts';
import { comparePartialDates } from '../../lib/dates.ts';
import { formatEstimate } from '../../lib/estimates.ts';
import { formatFigure } from '../../lib/figures.ts';
import { formatList, formatPartialDate } from '../../lib/format.ts';
import { searchItem, type SearchItemTuple, type SiteSearchIndex } from '../../lib/site-search.ts';
import { sourceRecordHref } from '../../lib/source-pages.ts';
import { collectivitePageHref } from '../../lib/departements.ts';
import { rowsOf } from '../../queries/data.ts';
import { collectivitePage, departementPositions, pageCodeOf } from '../../queries/collectivites.ts';
import { evenementYear, evenementsSorted } from '../../queries/evenements.ts';
import { rowPreviewHref } from '../../queries/preview-pages.ts';
import { amountText } from '../departements/collectivites.ts';
import { yearPath } from '../chronologie/year.ts';
import { professionPages } from '../metiers/pages.ts';

/** Newest first; same date: file order. */
function newestFirst<T extends { date: string }>(rows: readonly T[]): T[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => comparePartialDates(b.row.date, a.row.date) || a.index - b.index)
    .map(({ row }) => row);
}

function eventItems(): SearchItemTuple[] {
  return evenementsSorted('recent').map((event) =>
    searchItem({
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
    searchItem({
      kind: 'estimation',
      title: `${formatEstimate(row, { withPeriod: true })} — ${ESTIMATE_NATURE_LABELS[row.nature].toLowerCase()}`,
      detail: `${row.estimateur}, ${formatPartialDate(row.date)}`,
      href: rowPreviewHref('estimations', row.id),
      extra: [row.perimetre],
    }),
  );
}

function chiffreItems(): SearchItemTuple[] {
  return newestFirst(rowsOf('chiffres')).map((row) =>
    searchItem({
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
    searchItem({
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
  return professionPages().map((page) => {
    const verdicts = VERDICTS.flatMap((verdict) => {
      const count = page.summary.filter((row) => row.verdict === verdict).length;
      return count > 0 ? [`${VERDICT_LABELS[verdict].toLowerCase()} (${count})`] : [];
    });
    // The years of the first month due, as the page's summary gives them, oldest first.
    const years = [...new Set(page.summary.flatMap((row) => row.since?.match(/\b\d{4}\b/g) ?? []))].sort();
    return searchItem({
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

function collectiviteItems(): SearchItemTuple[] {
  const departements = departementPositions().map((entry) =>
    searchItem({
      kind: 'collectivite',
      title: `${entry.nom} (${entry.code})`,
      detail: `Département · ${positionLabel(entry.position)}`,
      href: entry.href,
    }),
  );
  const facts = newestFirst(rowsOf('collectivites')).map((row) => {
    const pageCode = pageCodeOf(row);
    const page = pageCode === null ? undefined : collectivitePage(pageCode);
    const amount = amountText(row);
    return searchItem({
      kind: 'collectivite',
      title: `${row.collectivite} : ${LOCAL_NATURE_LABELS[row.nature].toLowerCase()}`,
      detail: [formatPartialDate(row.date), LEVEL_LABELS[row.niveau], amount].filter(Boolean).join(' · '),
      href: page ? `${collectivitePageHref(page.code)}#fait-${row.id}` : `/departements/#ligne-${row.id}`,
      extra: [row.perimetre],
    });
  });
  return [...departements, ...facts];
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
