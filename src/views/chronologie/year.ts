/**
 * What a year page (/chronologie/<année>/) shows: the year's events, the
 * estimates and context figures dated that year, what the collectivities did,
 * and a summary written from those rows only — counts, the events by type,
 * the year's milestones (`jalon`). Also the year's preview card and feed.
 */
import { yearPath } from '../../lib/chronology-paths.ts';
import type { ChiffreRow } from '../../schemas/chiffres.ts';
import type { EstimationRow } from '../../schemas/estimations.ts';
import type { EvenementRow } from '../../schemas/evenements.ts';
import type { VerificationStatus } from '../../lib/codes/common.ts';
import { ESTIMATE_OBJECT_LABELS } from '../../lib/codes/estimations.ts';
import { EVENT_TYPES, EVENT_TYPE_LABELS } from '../../lib/codes/evenements.ts';
import { formatEstimate } from '../../lib/estimates.ts';
import { formatFigure } from '../../lib/figures.ts';
import { formatList, plural } from '../../lib/format.ts';
import type { OgCard } from '../../lib/og-image.ts';
import { rowPreviewHref } from '../../queries/preview-pages.ts';
import { chronologyYears, rowsOfYear } from '../../queries/years.ts';
import { factView, type FactView } from '../departements/facts.ts';
import { sourceLinks, type SourceLink } from '../sources/source-links.ts';
import { timelineEntry, type TimelineEntry } from './timeline.ts';

/** How many rows of each kind a year has. */
export interface YearCounts {
  events: number;
  milestones: number;
  estimations: number;
  chiffres: number;
  collectivites: number;
}

/** One estimate or context figure, as a row of the year's tables. */
export interface YearFigure {
  id: string;
  date: string;
  /** Who made the estimate, or what the figure measures. */
  label: string;
  /** The number with its unit (« ≈ 215 000 ETP », « 183 € nets par mois »). */
  value: string;
  /** What is counted and on which scope. */
  scope: string;
  status: VerificationStatus;
  /** The row in full (note, method), on its dataset's page. */
  href: string;
  sources: readonly SourceLink[];
}

/** A milestone of the year, linked to its article on the page. */
export interface YearMilestone {
  id: string;
  date: string;
  title: string;
}

/** A year page, as the navigation between years links it. */
export interface YearLink {
  year: number;
  href: string;
}

/** Every year page, oldest first. */
export function yearLinks(years: readonly number[] = chronologyYears()): YearLink[] {
  return years.map((year) => ({ year, href: yearPath(year) }));
}

export interface YearPageView {
  year: number;
  /** Every year that has a page, oldest first (for the navigation between years). */
  years: readonly YearLink[];
  previous: YearLink | null;
  next: YearLink | null;
  counts: YearCounts;
  /** The summary's first sentence, with the events by type. */
  intro: string;
  /** Each count in words, for the summary's list. */
  countTexts: ReturnType<typeof countsInWords>;
  milestones: YearMilestone[];
  entries: TimelineEntry[];
  estimations: YearFigure[];
  chiffres: YearFigure[];
  collectivites: FactView[];
  /** One sentence for search engines and link previews. */
  description: string;
  /** The year's Atom feed. */
  feedPath: string;
  /** The year's preview card (1200 × 675) and where it is served. */
  card: OgCard & { path: string };
}

/** The Atom feed of a year: the main feed's entries of that year. */
export function yearFeedPath(year: number): string {
  return `/chronologie/${year}.xml`;
}

/** The preview card of a year. */
export function yearCardPath(year: number): string {
  return `/og/annees/${year}.png`;
}

/** The counts of a year's rows. */
export function yearCounts(rows: {
  events: readonly Pick<EvenementRow, 'jalon'>[];
  estimations: readonly unknown[];
  chiffres: readonly unknown[];
  collectivites: readonly unknown[];
}): YearCounts {
  return {
    events: rows.events.length,
    milestones: rows.events.filter((event) => event.jalon).length,
    estimations: rows.estimations.length,
    chiffres: rows.chiffres.length,
    collectivites: rows.collectivites.length,
  };
}

/**
 * The events by type, most frequent first (ties in the order of the types):
 * « 10 annonces, 5 décrets et 1 loi »; null without events.
 */
export function eventsByType(events: readonly Pick<EvenementRow, 'type'>[]): string | null {
  const counts = EVENT_TYPES.map((type) => ({ type, count: events.filter((event) => event.type === type).length }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count);
  if (counts.length === 0) return null;
  return formatList(
    counts.map(({ type, count }) =>
      plural(count, EVENT_TYPE_LABELS[type].singular.toLowerCase(), EVENT_TYPE_LABELS[type].plural),
    ),
  );
}

/** The events count in words, milestones included: « 27 événements, dont 3 jalons ». */
export function eventsInWords(counts: Pick<YearCounts, 'events' | 'milestones'>): string {
  if (counts.events === 0) return 'aucun événement';
  const events = plural(counts.events, 'événement');
  return counts.milestones === 0 ? events : `${events}, dont ${plural(counts.milestones, 'jalon')}`;
}

/** « 3 estimations », or « aucune estimation » for 0. */
function countInWords(count: number, none: string, singular: string, pluralForm: string): string {
  return count === 0 ? none : plural(count, singular, pluralForm);
}

/** Each count in words (« 27 événements, dont 3 jalons », « aucune estimation »…). */
export function countsInWords(counts: YearCounts): Record<keyof Omit<YearCounts, 'milestones'>, string> {
  return {
    events: eventsInWords(counts),
    estimations: countInWords(counts.estimations, 'aucune estimation', 'estimation', 'estimations'),
    chiffres: countInWords(counts.chiffres, 'aucun chiffre de contexte', 'chiffre de contexte', 'chiffres de contexte'),
    collectivites: countInWords(
      counts.collectivites,
      'aucun fait sur les collectivités',
      'fait sur les collectivités',
      'faits sur les collectivités',
    ),
  };
}

/** The line of counts on the card and in the description. */
export function countsLine(counts: YearCounts): string {
  const words = countsInWords(counts);
  // In a list, the milestones go in brackets: « 27 événements (dont 3 jalons), 10 estimations… ».
  const events =
    counts.milestones === 0
      ? words.events
      : `${plural(counts.events, 'événement')} (dont ${plural(counts.milestones, 'jalon')})`;
  return formatList([events, words.estimations, words.chiffres, words.collectivites]);
}

/** The summary's first sentences: « En 2024, la chronologie retient 27 événements, dont 3 jalons. Par nature : … ». */
export function yearIntro(year: number, counts: YearCounts, byType: string | null): string {
  if (counts.events === 0) return `Aucun événement de la chronologie n’est daté de ${year}.`;
  return `En ${year}, la chronologie retient ${eventsInWords(counts)}.${byType ? ` Par nature\u00a0: ${byType}.` : ''}`;
}

/** « exclus restants à cette date » → « Exclus restants à cette date », at the start of a cell. */
function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function estimationFigure(row: EstimationRow): YearFigure {
  return {
    id: row.id,
    date: row.date,
    label: row.estimateur,
    value: formatEstimate(row, { withPeriod: true }),
    scope: `${capitalised(ESTIMATE_OBJECT_LABELS[row.objet])} : ${row.perimetre}`,
    status: row.statut_verification,
    href: rowPreviewHref('estimations', row.id),
    sources: sourceLinks(row.source_ids),
  };
}

function chiffreFigure(row: ChiffreRow): YearFigure {
  return {
    id: row.id,
    date: row.date,
    label: row.indicateur,
    value: formatFigure(row.valeur, row.unite),
    scope: row.perimetre,
    status: row.statut_verification,
    href: rowPreviewHref('chiffres', row.id),
    sources: sourceLinks(row.source_ids),
  };
}

/** One year's page. */
export function yearPageView(year: number, years: readonly number[] = chronologyYears()): YearPageView {
  const rows = rowsOfYear(year);
  const counts = yearCounts(rows);
  const links = yearLinks(years);
  const position = years.indexOf(year);
  const line = countsLine(counts);
  return {
    year,
    years: links,
    previous: position > 0 ? (links[position - 1] ?? null) : null,
    next: position >= 0 ? (links[position + 1] ?? null) : null,
    counts,
    intro: yearIntro(year, counts, eventsByType(rows.events)),
    countTexts: countsInWords(counts),
    milestones: rows.events
      .filter((event) => event.jalon)
      .map((event) => ({ id: event.id, date: event.date, title: event.titre })),
    entries: rows.events.map(timelineEntry),
    estimations: rows.estimations.map(estimationFigure),
    chiffres: rows.chiffres.map(chiffreFigure),
    collectivites: rows.collectivites.map(factView),
    description: `Les exclus des 183 € du Ségur en ${year} : ${line}, chacun avec ses sources.`,
    feedPath: yearFeedPath(year),
    card: {
      name: `annee-${year}`,
      title: `L’année ${year}`,
      subtitle: `Chronologie des exclus du Ségur\u00a0: ${line}.`,
      path: yearCardPath(year),
    },
  };
}

/** Every year's page, oldest first. */
export function yearPageViews(): YearPageView[] {
  const years = chronologyYears();
  return years.map((year) => yearPageView(year, years));
}
