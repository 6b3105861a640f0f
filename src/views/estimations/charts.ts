/**
 * The four charts of /estimations/, composed once for every place that shows
 * or serves them (the page, the embed pages, the CSV, SVG and PNG downloads):
 * their rows come from the queries, their SVG from the pure builders of
 * src/charts/, their sentences from the rows. A chart's `rows` are exactly the
 * rows it plots, in the order of its marks, which is also the order of its
 * table and of its CSV.
 */
import { estimationsDataset, type EstimationRow } from '../../schemas/estimations.ts';
import type { SourceRow } from '../../schemas/sources.ts';
import { ESTIMATE_UNIT_LABELS, SCOPE_LABELS } from '../../lib/codes/estimations.ts';
import {
  agreement2024,
  checkedChartRows,
  contestedByRow,
  costEstimates,
  coveredVsExcluded,
  estimatesByScope,
  estimationsByIds,
  estimationsCsv,
  officialReportBreakdown,
  REPORT_TOTAL_ID,
} from '../../queries/estimations.ts';
import { rowsByIds, rowsOf } from '../../queries/data.ts';
import { readableRow } from '../../queries/prose.ts';
import { latestDataChange } from '../../queries/changements.ts';
import { DATA_LICENCE, SITE_NAME } from '../../lib/site.ts';
import { comparePartialDates } from '../../lib/dates.ts';
import { NBSP, dateWithPreposition, formatList, formatPartialDate, plural } from '../../lib/format.ts';
import {
  agreementInText,
  authorShort,
  estimateAnchor,
  formatEstimate,
  historyNote,
  type Agreement,
} from '../../lib/estimates.ts';
import { reportBreakdownChart } from '../../charts/report-breakdown.ts';
import { estimatesComparisonChart } from '../../charts/estimates-comparison.ts';
import { coveredVsExcludedChart } from '../../charts/covered-vs-excluded.ts';
import { costEstimatesChart } from '../../charts/cost-estimates.ts';
import type { ChartOptions } from '../../charts/svg.ts';
import { sourceLinkOf, type SourceLink } from '../sources/source-links.ts';
import { proseOrNull, type ProseView } from '../citations/prose.ts';
import { costRows, costSummary } from './explainers.ts';
import { chartOneLine } from '../citations/subjects.ts';
import { embedFrameHeight } from './embed-frame.ts';
import type { SocialCard } from '../../lib/social-card.ts';
import { estimateCard } from '../cards/figure-cards.ts';
import { EMBED_HEIGHT_MESSAGE } from '../../lib/embed-message.ts';

/** Stable slugs: they make the URLs of the downloads and of the embed pages. */
export const CHART_SLUGS = [
  'rapport-article-83',
  'comparaison-exclus',
  'couverts-exclus',
  'devenus-couverts',
  'couts',
] as const;
export type ChartSlug = (typeof CHART_SLUGS)[number];

/** One line of a chart's data table: the row, the rows it contests, its sources. */
export interface EstimateTableRow {
  row: EstimationRow;
  contested: EstimationRow[];
  sources: readonly SourceLink[];
  /** Its note and method, citations resolved. */
  note: ProseView | null;
  methode: ProseView | null;
  /** « Historique : situation de décembre 2023, avant l’accord … », or null for a figure of the world after it. */
  history: string | null;
}

export interface EstimationChart {
  slug: ChartSlug;
  title: string;
  /** One sentence that says what the chart shows, written from its rows. */
  summary: string;
  /** Why its figures are history, when some are (« Les chiffres marqués « historique » … »), or null. */
  history: string | null;
  /** Exactly the plotted rows, in the order of the marks. */
  rows: EstimationRow[];
  /** The same rows as the data table shows them. */
  table: EstimateTableRow[];
  /** The SVG inlined in pages (wide layout): its classes follow the light and dark palettes. */
  svg: string;
  /** The same chart in its narrow layout (phones), inlined beside the wide one; CSS shows one of them. */
  narrowSvg: string;
  /** The SVG of the download and of the PNG: the same chart with a visible heading and a credit line. */
  fileSvg: string;
  /** The plotted rows as CSV, with the columns of estimations.csv. */
  csv: string;
  /** Sources of the plotted rows, in order of first citation. */
  sources: SourceRow[];
  /** Dates of the plotted rows: « décembre 2023 » or « novembre 2020 – mars 2025 ». */
  dataPeriod: string;
  /** The chart's own page (/estimations/<chart>/): what the embed links back to and citations cite. */
  pagePath: string;
  /** Its section of /estimations/, among the other charts. */
  sectionPath: string;
  embedPath: string;
  csvPath: string;
  svgPath: string;
  pngPath: string;
  /**
   * The iframe's default height: the whole embed page shows without an inner
   * scrollbar at any usual width of the host's frame (src/views/estimations/embed-frame.ts).
   */
  embedHeight: number;
  /** The iframe snippet, with absolute URLs. */
  embedSnippet: string;
  /** What the embed page writes under the chart (also measured for embedHeight). */
  embedText: EmbedText;
  /** The absolute URL of the chart's own page. */
  pageUrl: string;
  /** The chart's one-line citation (under 200 characters), offered before the full one. */
  oneLine: string;
  /** The words of the chart's social card: its headline figure (see `headline` in the drafts). */
  card: SocialCard;
  /** Where the card's PNG is served. */
  cardPath: string;
}

/** The words of an embed page under its chart. */
export interface EmbedText {
  /** The link back to the chart on its page (its block, which holds the data table), then the rest of its sentence. */
  linkBack: { href: string; label: string; rest: string };
  /**
   * The sources by publisher, each a link to its (first) source's entry of the
   * bibliography: short enough for a frame on a phone; the chart's page lists
   * every source of every row.
   */
  sources: { href: string; label: string }[];
}

/** One link per publisher of the sources, in order of first citation. */
function sourcesByPublisher(sources: readonly SourceRow[]): EmbedText['sources'] {
  const seen = new Set<string>();
  return sources.flatMap((source) => {
    if (seen.has(source.editeur)) return [];
    seen.add(source.editeur);
    return [{ href: `/sources/#${source.id}`, label: source.editeur }];
  });
}

/** Width and height of an SVG document, from its viewBox. */
export function svgSize(svg: string): { width: number; height: number } {
  const match = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!match) throw new Error('SVG sans viewBox');
  return { width: Number(match[1]), height: Number(match[2]) };
}

function uniqueSourceIds(rows: readonly EstimationRow[]): string[] {
  return [...new Set(rows.flatMap((row) => row.source_ids))];
}

function period(rows: readonly EstimationRow[]): string {
  const dates = rows.map((row) => row.date).sort(comparePartialDates);
  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? first;
  return first === last ? formatPartialDate(first) : `${formatPartialDate(first)} – ${formatPartialDate(last)}`;
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

interface Draft {
  slug: ChartSlug;
  title: string;
  summary: string;
  /** Exactly the plotted rows, their text cells as readers see them (citations written out). */
  rows: EstimationRow[];
  draw: (options: ChartOptions) => string;
  /**
   * What the chart's social card shows: `row`, its first official row (else
   * its first row) — the report's total, the covered total, the government's
   * cost; `{ count }`, how many estimates (or counts) it compares, from the
   * lowest to the highest (a single figure would speak for the others).
   */
  headline: 'row' | { count: string };
}

/** The estimates with their citations written out: what charts draw and chart downloads hold. */
function readableEstimations(): EstimationRow[] {
  return rowsOf('estimations').map((row) => readableRow(estimationsDataset, row));
}

/** « toutes antérieures à … » or « dont 3 antérieures à … » for the rows of a chart, or '' when none is. */
function historyClause(rows: readonly EstimationRow[], agreement: Agreement): string {
  const old = rows.filter((row) => row.anterieur_accord_2024).length;
  if (old === 0) return '';
  const before = `antérieure${old > 1 ? 's' : ''} à ${agreementInText(agreement)}`;
  return old === rows.length ? `toutes ${before}` : `dont ${old} ${before}`;
}

/** What a chart says of its history figures, under it and in its embed page; null when none is. */
function chartHistory(rows: readonly EstimationRow[], agreement: Agreement): string | null {
  const old = rows.filter((row) => row.anterieur_accord_2024).length;
  if (old === 0) return null;
  const which =
    old === rows.length ? 'Tous ces chiffres' : `${old} de ces ${rows.length} chiffres, marqués « historique »,`;
  return `${which} décrivent la situation d’avant ${agreementInText(agreement)} : ils disent ce qui était, pas qui est exclu aujourd’hui.`;
}

function reportDraft(source: readonly EstimationRow[]): Draft {
  const breakdown = officialReportBreakdown(source);
  const { total, parts } = breakdown;
  const partPhrases = parts.map((part) =>
    part.derive
      ? `${formatEstimate(part)} que ses sous-totaux n’expliquent pas (écart calculé par l’observatoire)`
      : `${formatEstimate(part)} (${SCOPE_LABELS[part.perimetre_code].toLowerCase()})`,
  );
  return {
    slug: 'rapport-article-83',
    title: `Le chiffre officiel${NBSP}: ${formatEstimate(total)} exclus, ventilés`,
    summary: `Le rapport remis au Parlement ${dateWithPreposition(total.date)} compte ${formatEstimate(total)} exclus : ${formatList(partPhrases)}.`,
    rows: [total, ...parts],
    draw: (options) => reportBreakdownChart(breakdown, options),
    headline: 'row',
  };
}

function comparisonDraft(source: readonly EstimationRow[], agreement: Agreement): Draft {
  const groups = estimatesByScope('exclus_restants', source);
  const rows = groups.flatMap((group) => group.rows);
  const byValue = [...rows].sort((a, b) => estimateAnchor(a) - estimateAnchor(b));
  const lowest = byValue[0];
  const highest = byValue[byValue.length - 1];
  const [official] = estimationsByIds([REPORT_TOTAL_ID], source);
  const years = rows.map((row) => row.date.slice(0, 4)).sort();
  const history = historyClause(rows, agreement);
  return {
    slug: 'comparaison-exclus',
    title: 'Les estimations des exclus restants, par périmètre',
    summary: `Les ${rows.length} estimations du nombre de salariés et d’agents encore exclus à leur date, recensées de ${years[0]} à ${years[years.length - 1]}${history ? ` (${history})` : ''}, vont de ${lowest ? formatEstimate(lowest) : ''} à ${highest ? formatEstimate(highest) : ''} selon le périmètre, la date et l’unité ; le total officiel du rapport de l’article 83 est de ${official ? formatEstimate(official) : ''}, et les salariés qu’une mesure a rendus éligibles sont dans un graphique à part.`,
    rows,
    draw: (options) => estimatesComparisonChart(groups, options),
    headline: { count: 'estimation' },
  };
}

function newlyCoveredDraft(source: readonly EstimationRow[], agreement: Agreement): Draft {
  const groups = estimatesByScope('devenus_couverts', source);
  const rows = groups.flatMap((group) => group.rows);
  const years = rows.map((row) => row.date_etat.slice(0, 4)).sort();
  const after = rows.filter((row) => !row.anterieur_accord_2024);
  return {
    slug: 'devenus-couverts',
    title: 'Les salariés et agents rendus éligibles, mesure après mesure',
    summary: `Les ${rows.length} décomptes de salariés et d’agents qu’une mesure a rendus éligibles aux 183 €, de ${years[0]} à ${years[years.length - 1]}, par périmètre : ce sont des personnes devenues couvertes, pas des exclus${after.length > 0 ? ` ; ${after.length} d’entre eux comptent les salariés que ${agreementInText(agreement)} a rendus éligibles` : ''}.`,
    rows,
    draw: (options) => estimatesComparisonChart(groups, options),
    headline: { count: 'décompte' },
  };
}

function coveredDraft(source: readonly EstimationRow[], agreement: Agreement): Draft {
  const data = coveredVsExcluded(source);
  const { total, parts } = data.covered;
  const excludedPhrases = data.excluded.map(
    (row) =>
      `${formatEstimate(row)} exclus selon ${authorShort(row)} (${formatPartialDate(row.date)}${row.perimetre_code === 'ensemble' ? '' : `, ${SCOPE_LABELS[row.perimetre_code].toLowerCase()} seulement`})`,
  );
  const units = new Set([total.unite, ...data.excluded.map((row) => row.unite)]);
  const unitClause =
    units.size > 1
      ? ` : ${formatList([...units].map((unit) => ESTIMATE_UNIT_LABELS[unit]))}, des unités qui ne s’additionnent pas`
      : '';
  const composition =
    parts.length === 0
      ? ''
      : ` (${parts.map((part) => `${formatEstimate(part)} : ${lowerFirst(part.perimetre)}`).join(' ; ')})`;
  return {
    slug: 'couverts-exclus',
    title: `Couverts et exclus des 183 €${[total, ...data.excluded].every((row) => row.anterieur_accord_2024) ? `, avant l’accord de ${agreement.date.slice(0, 4)}` : ''}`,
    summary: `${capitalise(dateWithPreposition(total.date))}, ${authorShort(total)} comptait ${formatEstimate(total)} couvertes par les 183 €${composition}, face à ${formatList(excludedPhrases)}${unitClause}.`,
    rows: [total, ...parts, ...data.excluded],
    draw: (options) => coveredVsExcludedChart(data, options),
    headline: 'row',
  };
}

function costDraft(source: readonly EstimationRow[]): Draft {
  const groups = costEstimates(source);
  return {
    slug: 'couts',
    title: `L’argent${NBSP}: coût de l’extension et sommes non versées`,
    summary: costSummary(costRows()),
    rows: groups.flatMap((group) => group.rows),
    draw: (options) => costEstimatesChart(groups, options),
    headline: 'row',
  };
}

const DRAFTS: Readonly<Record<ChartSlug, (source: readonly EstimationRow[], agreement: Agreement) => Draft>> = {
  'rapport-article-83': reportDraft,
  'comparaison-exclus': comparisonDraft,
  'couverts-exclus': coveredDraft,
  'devenus-couverts': newlyCoveredDraft,
  couts: costDraft,
};

/** The chart's social card, by its draft's `headline` rule. */
function chartCard(draft: Draft, sources: readonly SourceRow[], dataPeriod: string): SocialCard {
  const row = draft.rows.find((candidate) => candidate.officiel) ?? draft.rows[0];
  if (draft.headline === 'row' && row) return estimateCard(row, draft.title, rowsByIds('sources', row.source_ids));
  const noun = draft.headline === 'row' ? 'estimation' : draft.headline.count;
  const byValue = [...draft.rows].sort((a, b) => estimateAnchor(a) - estimateAnchor(b));
  const lowest = byValue[0];
  const highest = byValue[byValue.length - 1];
  const editors = [...new Set(sources.map((source) => source.editeur))];
  const doubtful = draft.rows.filter((candidate) => candidate.statut_verification !== 'confirme').length;
  const history = draft.rows.filter((candidate) => candidate.anterieur_accord_2024).length;
  const reservations = [
    history > 0 ? plural(history, 'chiffre historique', 'chiffres historiques') : null,
    doubtful > 0 ? plural(doubtful, 'incertain ou de source unique', 'incertains ou de source unique') : null,
  ].filter((part): part is string => part !== null);
  return {
    title: draft.title,
    figure: plural(draft.rows.length, noun),
    unit:
      lowest && highest
        ? `De ${formatEstimate(lowest, { withPeriod: true })} à ${formatEstimate(highest, { withPeriod: true })}, selon le périmètre, la date et l’unité`
        : null,
    date: dataPeriod,
    source: `Sources : ${editors.slice(0, 3).join(', ')}${editors.length > 3 ? `, et ${plural(editors.length - 3, 'autre')}` : ''}`,
    status: reservations.length > 0 ? `Dont ${reservations.join(' · ')}` : null,
  };
}

/** Escapes a value for an HTML attribute inside the iframe snippet (shown as text, never parsed by us). */
function htmlAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * One chart, ready to show and to serve. `site` is the public origin
 * (Astro.site), for the absolute URLs of the embed snippet and the credit.
 */
export function estimationChart(slug: ChartSlug, site: URL | string): EstimationChart {
  // Each chart is shown by several pages (overview, its page, its embed, its files): draw it once per build.
  const key = `${slug}\u0000${String(site)}`;
  const drawn = drawnCharts.get(key);
  if (drawn) return drawn;
  const chart = drawEstimationChart(slug, site);
  drawnCharts.set(key, chart);
  return chart;
}

/** Charts drawn so far, by slug and site address. */
const drawnCharts = new Map<string, EstimationChart>();

function drawEstimationChart(slug: ChartSlug, site: URL | string): EstimationChart {
  const agreement = agreement2024();
  const draft = DRAFTS[slug](readableEstimations(), agreement);
  checkedChartRows(draft.rows);
  const originals = estimationsByIds(draft.rows.map((row) => row.id));
  const pagePath = `/estimations/${slug}/`;
  const pageUrl = new URL(pagePath, site).href;
  const embedPath = `/embed/${slug}/`;
  const embedUrl = new URL(embedPath, site).href;
  const sources = rowsByIds('sources', uniqueSourceIds(draft.rows));
  const dataPeriod = period(draft.rows);
  const svg = draft.draw({ id: slug, title: draft.title });
  const narrowSvg = draft.draw({ id: `${slug}-etroit`, title: draft.title, layout: 'narrow' });
  const editors = [...new Set(sources.map((source) => source.editeur))];
  const fileSvg = draft.draw({
    id: slug,
    title: draft.title,
    standalone: {
      heading: draft.title,
      credit: `${SITE_NAME}, ${pageUrl} — données ${dataPeriod}, extraites du jeu de données « ${estimationsDataset.title} » (version du ${formatPartialDate(latestDataChange())}, ${DATA_LICENCE.short}) — sources : ${editors.join(', ')}.`,
    },
  });
  const oneLine = chartOneLine({ title: draft.title, pagePath }, { dataDate: latestDataChange(), site });
  const embedText: EmbedText = {
    linkBack: {
      href: `${pagePath}#${slug}`,
      label: `Le graphique sur ${SITE_NAME}`,
      rest: ', avec son tableau de données, ses explications, ses téléchargements et le détail de ses sources.',
    },
    sources: sourcesByPublisher(sources),
  };
  const history = chartHistory(draft.rows, agreement);
  const embedHeight = embedFrameHeight({
    title: draft.title,
    wide: svgSize(svg),
    narrow: svgSize(narrowSvg),
    // The figure's caption: the summary, then what is history (ChartFigure.astro).
    summary: history ? `${draft.summary} ${history}` : draft.summary,
    paragraphs: [
      `${embedText.linkBack.label}${embedText.linkBack.rest}`,
      `Sources : ${embedText.sources.map((source) => source.label).join(' ; ')}.`,
      `En une ligne : ${oneLine}`,
    ],
  });
  return {
    slug,
    title: draft.title,
    summary: draft.summary,
    history,
    rows: draft.rows,
    table: originals.map((row) => ({
      row,
      contested: contestedByRow(row),
      sources: rowsByIds('sources', row.source_ids).map(sourceLinkOf),
      note: proseOrNull(row.note),
      methode: proseOrNull(row.methode),
      history: historyNote(row, agreement),
    })),
    svg,
    narrowSvg,
    fileSvg,
    csv: estimationsCsv(draft.rows),
    sources,
    dataPeriod,
    pagePath,
    sectionPath: `/estimations/#${slug}`,
    pageUrl,
    embedPath,
    csvPath: `/estimations/${slug}.csv`,
    svgPath: `/estimations/${slug}.svg`,
    pngPath: `/estimations/${slug}.png`,
    embedHeight,
    embedSnippet: `<iframe src="${htmlAttribute(embedUrl)}" title="${htmlAttribute(`${draft.title} — ${SITE_NAME}`)}" width="100%" height="${embedHeight}" loading="lazy"></iframe>`,
    embedText,
    oneLine,
    card: chartCard(draft, sources, dataPeriod),
    cardPath: `/og/graphiques/${slug}.png`,
  };
}

/**
 * The host's optional script, the same for every chart and every frame of a
 * page: it sets each <iframe> of this site to the height its page reports
 * (src/client/embed-height.ts), after checking that the message comes from
 * this site and from that very frame. No third-party code; a few lines to
 * paste once per page, anywhere.
 */
export function embedHostScript(site: URL | string): string {
  const origin = new URL(site).origin;
  return [
    '<script>',
    // A block comment: the snippet keeps working if an editor puts it all on one line.
    `  /* ${SITE_NAME} : chaque graphique intégré prend la hauteur de son contenu. */`,
    "  window.addEventListener('message', function (event) {",
    '    var data = event.data;',
    `    if (event.origin !== '${origin}' || !data || data.type !== '${EMBED_HEIGHT_MESSAGE}' || typeof data.height !== 'number') return;`,
    "    document.querySelectorAll('iframe').forEach(function (frame) {",
    '      if (frame.contentWindow === event.source) frame.height = String(Math.ceil(data.height));',
    '    });',
    '  });',
    '</script>',
  ].join('\n');
}

/** The four charts, in page order. */
export function estimationCharts(site: URL | string): EstimationChart[] {
  return CHART_SLUGS.map((slug) => estimationChart(slug, site));
}

/** Whether a string is one of the chart slugs (for getStaticPaths params). */
export function isChartSlug(value: string | undefined): value is ChartSlug {
  return (CHART_SLUGS as readonly string[]).includes(value ?? '');
}

/** What a reader without JavaScript sees (and copies) where the access date goes. */
export const ACCESS_DATE_PLACEHOLDER = '[date à ajouter]';

/**
 * « Citer ce graphique », in two parts around the access date: the page is
 * built once but read and cited on other days, so the date is the reader's
 * (filled by the browser, see src/client/copy-text.ts), never the build's.
 */
export interface ChartCitation {
  /** Title, observatory, URL, dates and version of the data, up to « consulté le ». */
  beforeAccessDate: string;
  /** What stands in for the access date without JavaScript. */
  accessDatePlaceholder: string;
  /** Then its sources. */
  afterAccessDate: string;
}

/** The citation of a chart, without its access date. */
export function chartCitation(chart: EstimationChart): ChartCitation {
  const sources = chart.sources
    .map(
      (source) =>
        `${source.editeur}, « ${source.titre} »${source.date_publication ? `, ${formatPartialDate(source.date_publication)}` : ''}`,
    )
    .join(' ; ');
  return {
    beforeAccessDate: `« ${chart.title} », graphique, ${SITE_NAME}, ${chart.pageUrl}, données datées : ${chart.dataPeriod} (version des données du ${formatPartialDate(latestDataChange())}), consulté le `,
    accessDatePlaceholder: ACCESS_DATE_PLACEHOLDER,
    afterAccessDate: `. Sources : ${sources}.`,
  };
}

/** The citation as a reader copies it on a given day (« 1er janvier 2030 »). */
export function citationOn(citation: ChartCitation, accessDate: string): string {
  return `${citation.beforeAccessDate}${accessDate}${citation.afterAccessDate}`;
}
