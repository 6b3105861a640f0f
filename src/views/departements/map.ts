/**
 * One view of the département map as a page shows it: its question, period and
 * scope, the drawings (main map and insets), the legend with its counts, a
 * summary sentence (the text alternative), the table of the plotted values
 * (one line per département, with the facts that answer), and the links to
 * the other views. Every view is complete without JavaScript.
 */
import {
  DEFAULT_MAP_VIEW,
  MAP_VIEWS,
  MAP_VIEW_KEYS,
  categoryText,
  viewCategoryKeys,
  type CategoryKey,
  type MapViewKey,
} from '../../lib/codes/map-views.ts';
import { NATURE_LABELS, STEP_LABELS } from '../../lib/codes/collectivites.ts';
import { formatList, formatNumber, formatPartialDate, frenchSpacing, plural } from '../../lib/format.ts';
import { inseeSortValue } from '../../lib/insee.ts';
import { isAnswer, mapView, type DepartementAnswer } from '../../queries/map-views.ts';
import { departementShapes, geometryMetadata } from '../../queries/geometrie.ts';
import {
  categorySwatchSvg,
  departementsMap,
  markSwatchSvg,
  type DepartementMapEntry,
  type DepartementsMapMarkup,
} from '../../charts/departements-map.ts';
import { CATEGORY_STYLES } from '../../charts/departements-map-styles.ts';
import { amountText } from './facts.ts';

/** Address of a view's page: /departements/ for the default view, /departements/carte/<view>/ otherwise. */
export function mapViewHref(key: MapViewKey): string {
  return key === DEFAULT_MAP_VIEW ? '/departements/' : `/departements/carte/${key}/`;
}

/** The views that have a page of their own (every view but the default one, shown on /departements/). */
export function mapViewPageKeys(): MapViewKey[] {
  return MAP_VIEW_KEYS.filter((key) => key !== DEFAULT_MAP_VIEW);
}

export interface LegendItem {
  key: CategoryKey;
  legend: string;
  count: number;
  /** Decorative swatch (SVG markup). */
  swatch: string;
  answer: boolean;
}

/** One fact in a line of the table: « 3 octobre 2024 — Motion (motion), 1 M€ (montant ponctuel) ». */
export interface TableFact {
  date: string;
  dateText: string;
  text: string;
  actor: string | null;
}

export interface MapTableRow {
  code: string;
  nom: string;
  codeSortValue: string;
  category: CategoryKey;
  categoryLabel: string;
  categoryRank: number;
  /** Who answered when not the département itself. */
  actor: string | null;
  facts: readonly TableFact[];
  href: string;
}

export interface MapViewPage {
  key: MapViewKey;
  question: string;
  short: string;
  scope: string;
  /** The summary sentence: the text alternative of the map, also its figure caption. */
  summary: string;
  drawing: DepartementsMapMarkup;
  legend: readonly LegendItem[];
  /** For the view of counts: circle sizes in the legend. */
  markLegend: readonly { count: number; swatch: string }[];
  table: readonly MapTableRow[];
  nav: readonly { key: MapViewKey; short: string; href: string; current: boolean }[];
  /** Credit of the geometry, written under the map. */
  credit: string;
  /** Ids for the page's elements (map, table), unique per view. */
  ids: { prefix: string; table: string };
}

function factLine(view: MapViewKey, entry: DepartementAnswer): TableFact[] {
  return entry.facts.map((row) => {
    const amount = amountText(row);
    const what = `${NATURE_LABELS[row.nature]} (${STEP_LABELS[row.etape]})${amount ? `, ${amount}` : ''}`;
    return {
      date: row.date,
      dateText: formatPartialDate(row.date),
      text: what,
      actor: view === 'mobilisations' || row.niveau !== 'departement' ? row.collectivite : null,
    };
  });
}

/** The summary sentence of a view, from its counts. */
export function viewSummary(
  key: MapViewKey,
  counts: ReadonlyMap<CategoryKey, number>,
  total: number,
  mobilisations = 0,
): string {
  const count = (category: CategoryKey) => counts.get(category) ?? 0;
  const answered = viewCategoryKeys(key).filter((category) => isAnswer(category) && count(category) > 0);
  const answeredTotal = answered.reduce((sum, category) => sum + count(category), 0);
  const parts: string[] = [];
  if (key === 'mobilisations') {
    parts.push(
      `Sur ${formatNumber(total)} départements, ${plural(answeredTotal, 'compte', 'comptent')} au moins une mobilisation documentée (${plural(mobilisations, 'mobilisation')} en tout)`,
    );
  } else if (answeredTotal === 0) {
    parts.push(`Sur ${formatNumber(total)} départements, aucun n’a de réponse documentée à cette question`);
  } else {
    const detail = answered.map(
      (category) => `${formatNumber(count(category))} « ${categoryText(key, category).label} »`,
    );
    parts.push(
      `Sur ${formatNumber(total)} départements, ${formatNumber(answeredTotal)} ${answeredTotal > 1 ? 'ont' : 'a'} une réponse documentée : ${formatList(detail)}`,
    );
  }
  const other = count('autre_question');
  const searched = count('cherche_rien_trouve');
  const never = count('non_cherche');
  const rest = [
    other > 0 && `pour ${formatNumber(other)}, d’autres faits sont documentés, mais rien sur cette question`,
    searched > 0 && `${formatNumber(searched)} ${searched > 1 ? 'ont été cherchés' : 'a été cherché'} sans résultat`,
    never > 0 &&
      `${formatNumber(never)} ${never > 1 ? 'n’ont' : 'n’a'} pas encore été ${never > 1 ? 'cherchés' : 'cherché'}`,
  ].filter((part): part is string => typeof part === 'string');
  return frenchSpacing(`${parts.join('')}${rest.length > 0 ? ` ; ${rest.join(' ; ')}` : ''}.`);
}

/** The page of one view of the map. */
export function mapViewPage(key: MapViewKey): MapViewPage {
  const view = mapView(key);
  const texts = MAP_VIEWS[key];
  const prefix = `carte-${key}`;
  const order = viewCategoryKeys(key);
  const mobilisations = view.answers.reduce(
    (sum, entry) => sum + (key === 'mobilisations' ? entry.facts.length : 0),
    0,
  );
  const summary = viewSummary(key, view.counts, view.answers.length, mobilisations);
  const entries = new Map<string, DepartementMapEntry>(
    view.answers.map((entry) => [
      entry.code,
      {
        code: entry.code,
        category: entry.category,
        href: entry.href,
        label: entry.label,
        ...(key === 'mobilisations' ? { count: entry.facts.length } : {}),
      },
    ]),
  );
  const credit = geometryMetadata().credit;
  const drawing = departementsMap(departementShapes(), entries, {
    title: `${texts.question} Carte des 101 départements`,
    description: `${summary} Chaque département est un lien vers sa fiche. Les départements d’outre-mer sont dessinés à part, chacun à son échelle, et un zoom répète Paris et la petite couronne.`,
    styles: CATEGORY_STYLES,
    idPrefix: prefix,
  });
  const legend = order
    .filter((category) => (view.counts.get(category) ?? 0) > 0 || isAnswer(category))
    .map((category) => ({
      key: category,
      legend: categoryText(key, category).legend,
      count: view.counts.get(category) ?? 0,
      swatch: categorySwatchSvg(category, CATEGORY_STYLES.get(category)!, `legende-${key}`),
      answer: isAnswer(category),
    }));
  const counts = view.answers.map((entry) => entry.facts.length).filter((count) => count > 0);
  const markLegend =
    key === 'mobilisations' && counts.length > 0
      ? [...new Set([1, Math.max(...counts)])].map((count) => ({ count, swatch: markSwatchSvg(count) }))
      : [];
  return {
    key,
    question: texts.question,
    short: texts.short,
    scope: texts.scope,
    summary,
    drawing,
    legend,
    markLegend,
    table: view.answers.map((entry) => ({
      code: entry.code,
      nom: entry.nom,
      codeSortValue: String(inseeSortValue(entry.code)),
      category: entry.category,
      categoryLabel:
        key === 'mobilisations' && entry.facts.length > 0
          ? plural(entry.facts.length, 'mobilisation')
          : categoryText(key, entry.category).label,
      categoryRank: order.indexOf(entry.category),
      actor: entry.actor,
      facts: factLine(key, entry),
      href: entry.href,
    })),
    nav: MAP_VIEW_KEYS.map((other) => ({
      key: other,
      short: MAP_VIEWS[other].short,
      href: mapViewHref(other),
      current: other === key,
    })),
    credit: `Contours : ${credit} (Licence Ouverte), simplifiés pour le site. Outre-mer à des échelles différentes.`,
    ids: { prefix, table: `tableau-${key}` },
  };
}
