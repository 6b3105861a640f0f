/**
 * The home page's key-figure cards, as plain values: what the figure is, in
 * which unit, who says so and when, its sources and the citation a « copier »
 * button copies. The cards are pure functions of typed rows, so that they can
 * be tested (and fed hostile strings) without the real data; `keyFigures`
 * chooses the rows by rule from the real data.
 */
import type { EstimationRow } from '../../schemas/estimations.ts';
import type { EvenementRow } from '../../schemas/evenements.ts';
import type { SourceRow } from '../../schemas/sources.ts';
import type { VerificationStatus } from '../../lib/codes/common.ts';
import { ESTIMATE_NATURE_PHRASES, ESTIMATE_UNIT_LABELS } from '../../lib/codes/estimations.ts';
import { citationText } from '../../lib/figure-citation.ts';
import { NBSP, formatNumber, formatPartialDate } from '../../lib/format.ts';
import { SITE_NAME } from '../../lib/site.ts';
import { rowsByIds } from '../../queries/data.ts';
import {
  contestationsOf,
  contestedByRow,
  latestOfficialCoveredTotal,
  latestOfficialExcludedTotal,
} from '../../queries/estimations.ts';
import { evenementHref, latestEvenements } from '../../queries/evenements.ts';
import { latestDataChange } from '../../queries/changements.ts';
import { keyFigureOneLine } from '../citations/subjects.ts';
import { sourceLinkOf, type SourceLink } from '../sources/source-links.ts';
import type { SocialCard } from '../../lib/social-card.ts';
import { estimateCard, eventCard } from '../cards/figure-cards.ts';
import { prose, proseOrNull, proseViewText, type ProseView } from '../citations/prose.ts';
import { historyClause, type Agreement } from '../../lib/estimates.ts';
import { agreement2024 } from '../../queries/estimations.ts';

/** One card, ready to render. */
export interface KeyFigure {
  /** The id of the row the figure comes from: the name of its page and of its social card. */
  id: string;
  /** The card's id on the home page (`chiffre-<row id>`), also the citation's anchor. */
  anchor: string;
  /** What the card is about (« Exclus selon le rapport officiel »). */
  heading: string;
  /** The figure, formatted (« 120 800 », « ≈ 700 000 », « 29 janvier 2026 »). */
  value: string;
  /** `datetime` of the value when it is a date. */
  valueDate: string | null;
  /** Unit in words (« équivalents temps plein (ETP) »), or null. */
  unit: string | null;
  /** A sentence on how to read the unit, or null. */
  unitNote: string | null;
  /** The fact in a few words (« exclus des 183 € »). */
  label: string;
  /** Who says so, and when. */
  attribution: string;
  /** Scope or summary, citations resolved. */
  detail: ProseView;
  /** « Situation de décembre 2023, avant l’accord … » for a count of the world before 4 June 2024 (shown as history). */
  history: string | null;
  /** Where the figure stands in its first source (« Exposé des motifs, … »), or null. */
  locator: string | null;
  /** The figures this one contests (« 92 400 ETP selon … »), or null. */
  contests: string | null;
  sources: readonly SourceLink[];
  status: VerificationStatus;
  note: ProseView | null;
  /** Where to read more (a page of the site, possibly with a fragment). */
  more: { href: string; label: string };
  /** The text the copy button puts on the clipboard. */
  citation: string;
  /** The one-line citation (under 200 characters), shown beside the full one. */
  oneLine: string;
  /** The figure's own page (`/chiffres/<row id>/`), the one to share: its link preview is the card. */
  pagePath: string;
  /** The words of its social card (src/lib/social-card.ts). */
  card: SocialCard;
}

/** A card before its one-line citation is added (the citation is made from the card). */
export type KeyFigureCore = Omit<KeyFigure, 'oneLine'>;

/** How the card reads the sources, resolves citations, dates history and builds absolute URLs. */
export interface FigureContext {
  sourcesByIds: (ids: readonly string[]) => SourceRow[];
  /** A text cell with its `[@id]` citations resolved. */
  prose: (text: string) => ProseView;
  /** The agreement after which earlier counts are history. */
  agreement: Agreement;
  /** The site's public address (astro.config `site`). */
  site: URL | string;
  siteName: string;
}

/** Why an ETP count is not a head-count: the reading the data's README asks for. */
const ETP_NOTE =
  'Un décompte en équivalents temps plein, pas en personnes : à ne pas additionner avec des effectifs en personnes.';

/** « 120 800 », « ≈ 215 000 » when the source gives an order of magnitude, « 8 000 à 8 500 » for a range. */
export function estimateValue(row: EstimationRow): string {
  if (row.valeur !== null) return `${row.approximatif ? `≈${NBSP}` : ''}${formatNumber(row.valeur)}`;
  return `${formatNumber(row.valeur_min ?? 0)} à ${formatNumber(row.valeur_max ?? 0)}`;
}

/** The same, in words for a sentence (« environ 215 000 »). */
function estimateValueInWords(row: EstimationRow): string {
  return row.valeur !== null && row.approximatif
    ? `environ ${formatNumber(row.valeur)}`
    : estimateValue(row).replace(`≈${NBSP}`, '');
}

function shortUnit(row: EstimationRow): string {
  return row.unite === 'etp' ? 'ETP' : row.unite === 'personnes' ? 'personnes' : '€';
}

/** A text cell as a picture writes it: citations as words, the way downloads write them. */
function plain(text: string, context: FigureContext): string {
  return proseViewText(context.prose(text));
}

function absolute(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/**
 * A card for one estimate. `contested` are the rows it contests (shown as
 * « conteste les 92 400 ETP du rapport … »), looked up by the caller.
 */
export function estimateFigure(
  row: EstimationRow,
  heading: string,
  context: FigureContext,
  contested: readonly EstimationRow[] = [],
): KeyFigureCore {
  const anchor = `chiffre-${row.id}`;
  const sources = context.sourcesByIds(row.source_ids);
  const history = historyClause(row, context.agreement);
  const attribution = `${row.estimateur}, ${formatPartialDate(row.date)}`;
  const label = ESTIMATE_NATURE_PHRASES[row.nature];
  const contests =
    contested.length === 0
      ? null
      : contested
          .map((other) => `${estimateValue(other)} ${shortUnit(other)} selon ${other.estimateur} (${other.perimetre})`)
          .join(`${NBSP}; `);
  return {
    id: row.id,
    anchor,
    heading,
    value: estimateValue(row),
    valueDate: null,
    // A cost's unit is in its value (« M€ »): no unit line.
    unit: row.unite === 'eur' ? null : ESTIMATE_UNIT_LABELS[row.unite],
    unitNote: row.unite === 'etp' ? ETP_NOTE : null,
    label,
    attribution,
    detail: context.prose(row.perimetre),
    history: history ? `${history.charAt(0).toUpperCase()}${history.slice(1)}.` : null,
    locator: row.localisation,
    contests,
    sources: sources.map(sourceLinkOf),
    status: row.statut_verification,
    note: row.note === null ? null : context.prose(row.note),
    more: { href: '/estimations/', label: 'Toutes les estimations' },
    pagePath: `/chiffres/${row.id}/`,
    // A picture cannot link: its text cells with their citations written out.
    card: estimateCard({ ...row, estimateur: plain(row.estimateur, context) }, heading, sources),
    citation: citationText({
      statement: `${estimateValueInWords(row)} ${shortUnit(row)} ${label} (${row.perimetre}) — ${attribution}${history ? ` (chiffre historique : ${history})` : ''}`,
      sources,
      locator: row.localisation,
      pageUrl: absolute(`/#${anchor}`, context.site),
      siteName: context.siteName,
    }),
  };
}

/** A card for the latest event of the timeline, linking to its entry. */
export function eventFigure(row: EvenementRow, heading: string, context: FigureContext): KeyFigureCore {
  const date = formatPartialDate(row.date);
  const sources = context.sourcesByIds(row.source_ids);
  return {
    id: row.id,
    anchor: `chiffre-${row.id}`,
    heading,
    value: date,
    valueDate: row.date,
    unit: null,
    unitNote: null,
    label: row.titre,
    attribution: row.acteurs.join(', '),
    detail: context.prose(row.resume),
    history: null,
    locator: null,
    contests: null,
    sources: sources.map(sourceLinkOf),
    status: row.statut_verification,
    note: row.note === null ? null : context.prose(row.note),
    more: { href: evenementHref(row), label: 'Voir dans la chronologie' },
    pagePath: `/chiffres/${row.id}/`,
    card: eventCard({ ...row, titre: plain(row.titre, context) }, heading, sources),
    citation: citationText({
      statement: `${date}${NBSP}: ${row.titre}`,
      sources,
      pageUrl: absolute(evenementHref(row), context.site),
      siteName: context.siteName,
    }),
  };
}

/**
 * The key figures, chosen by rule from the data rather than by id, so that
 * the cards follow the data: the latest official count of the excluded, the
 * largest estimate that contests it, the latest official count of those who
 * got the raise, and the latest event of the timeline.
 */
export function keyFigures(site: URL | string): KeyFigure[] {
  const context: FigureContext = {
    sourcesByIds: (ids) => rowsByIds('sources', ids),
    prose,
    agreement: agreement2024(),
    site,
    siteName: SITE_NAME,
  };
  const official = latestOfficialExcludedTotal();
  const contesting = official ? contestationsOf(official)[0] : undefined;
  const covered = latestOfficialCoveredTotal();
  const [latestEvent] = latestEvenements(1);
  return [
    official && estimateFigure(official, 'Exclus selon le rapport officiel', context),
    contesting &&
      estimateFigure(
        contesting,
        'Exclus selon l’estimation qui conteste le rapport',
        context,
        contestedByRow(contesting),
      ),
    covered && estimateFigure(covered, 'Ont obtenu les 183 €', context),
    latestEvent && eventFigure(latestEvent, 'Dernier événement', context),
  ]
    .filter((figure): figure is KeyFigureCore => Boolean(figure))
    .map((figure) => ({ ...figure, oneLine: keyFigureOneLine(figure, { dataDate: latestDataChange(), site }) }));
}

/** The key figure whose row is `id`, or undefined (for the figure pages and cards). */
export function keyFigureById(id: string | undefined, site: URL | string): KeyFigure | undefined {
  return keyFigures(site).find((figure) => figure.id === id);
}

/** One of the latest events of the home page's list, with its source links and its note. */
export interface LatestEvent {
  event: EvenementRow;
  /** Where it is read in the timeline. */
  href: string;
  sources: readonly SourceLink[];
  note: ProseView | null;
}

/** The `count` latest events, latest first. */
export function latestEvents(count: number): LatestEvent[] {
  return latestEvenements(count).map((event) => ({
    event,
    href: evenementHref(event),
    sources: rowsByIds('sources', event.source_ids).map(sourceLinkOf),
    note: proseOrNull(event.note),
  }));
}
