/**
 * What each view of the département map says about each département: which
 * rows answer the view's question for its period, and the answer they give.
 * The rules are pure functions of rows, so that they can be tested on
 * made-up rows; `mapView` applies them to the real data.
 *
 * Who may answer: a decision of the département itself (or of the Métropole
 * de Lyon, which exercises a département's powers on its territory, and so
 * answers for the Rhône's shape); for payments, a survey of what the
 * département paid (a fact of another actor whose nature is a payment), named
 * as such; for the State's compensation, the State's notification to the
 * département. A commune's, an intercommunality's, an association's fact and
 * any mobilisation never give a département its answer; mobilisations are
 * counted in their own view.
 */
import type { CollectiviteRow } from '../schemas/collectivites.ts';
import { PAYMENT_NATURES } from '../lib/codes/collectivites.ts';
import {
  EMPTY_CATEGORY_KEYS,
  MAP_VIEWS,
  categoryText,
  viewCategoryKeys,
  type AnswerKey,
  type CategoryKey,
  type MapViewKey,
} from '../lib/codes/map-views.ts';
import { DEPARTEMENTS, METROPOLE_DE_LYON, collectivitePageHref } from '../lib/departements.ts';
import { parsePartialDate } from '../lib/dates.ts';
import { frenchSpacing, plural } from '../lib/format.ts';
import { allCollectivites, byDate, mapCodeOf, pageCodeOf, searchedDepartementCodes } from './collectivites.ts';

/** The years a row is about: its `annee_concernee`, or else the year of its date. */
export function yearsOf(row: Pick<CollectiviteRow, 'annee_concernee' | 'date'>): number[] {
  if (row.annee_concernee.length > 0) return row.annee_concernee.map(Number);
  const year = parsePartialDate(row.date)?.year;
  return year === undefined ? [] : [year];
}

/** A decision of the département itself, or of the Métropole de Lyon (a département's powers). */
export function isOwnDecision(row: Pick<CollectiviteRow, 'type_fait' | 'niveau' | 'code_insee'>): boolean {
  return (
    row.type_fait === 'decision' &&
    (row.niveau === 'departement' || (row.niveau === 'metropole' && row.code_insee === METROPOLE_DE_LYON))
  );
}

/** The answer of a decision by how far it went: refused, voted or paid, announced; a statement answers nothing. */
function decisionAnswer(row: CollectiviteRow, statement: AnswerKey | null): AnswerKey | null {
  if (row.nature === 'refus' || row.nature === 'motion' || row.etape === 'refus' || row.etape === 'motion') {
    return 'refus';
  }
  if (row.etape === 'vote' || row.etape === 'versement') return 'vote';
  if (row.etape === 'annonce') return 'annonce';
  return statement;
}

/**
 * The answer a row gives to a view's question, or null when it does not
 * answer it (another question, another period, or an actor who cannot answer
 * for the département).
 */
export function answerOf(view: MapViewKey, row: CollectiviteRow): AnswerKey | null {
  if (row.code_insee === null) return null;
  const years = yearsOf(row);
  if (!MAP_VIEWS[view].years.some((year) => years.includes(year))) return null;
  switch (view) {
    case 'segur-pour-tous-2025':
    case 'segur-pour-tous-2024':
      if (row.volet !== 'segur_pour_tous') return null;
      if (row.type_fait === 'autre_acteur' && PAYMENT_NATURES.includes(row.nature)) {
        return row.nature as 'paiement_integral' | 'paiement_partiel' | 'aucun_paiement';
      }
      return isOwnDecision(row) ? decisionAnswer(row, null) : null;
    case 'compensation-2025':
      return row.type_fait === 'autre_acteur' && row.niveau === 'etat' && row.nature === 'compensation_etat'
        ? 'compensation_notifiee'
        : null;
    case 'agents-2022-2023':
      return isOwnDecision(row) && row.volet === 'agents_collectivite' ? decisionAnswer(row, null) : null;
    case 'associations-2021-2023':
      return isOwnDecision(row) && row.volet === 'autre' ? decisionAnswer(row, 'mesure_constatee') : null;
    case 'mobilisations':
      return row.type_fait === 'mobilisation' ? 'mobilise' : null;
  }
}

/** What one view says about one département. */
export interface DepartementAnswer {
  code: string;
  nom: string;
  category: CategoryKey;
  /** The rows that answer, earliest first (every mobilisation, for the view of mobilisations). */
  facts: readonly CollectiviteRow[];
  /** The row whose answer is shown: the latest that answers (null when none does). */
  deciding: CollectiviteRow | null;
  /** Who answered when it is not the département itself (« Métropole de Lyon », a survey's author), or null. */
  actor: string | null;
  /** The page that holds the answering rows, or the département's own page. */
  href: string;
  /** Accessible name and tooltip: « Allier (03) : rien versé, selon un recensement — Axess (…) ». */
  label: string;
}

/**
 * Decides what a view shows for one département from every row attached to
 * its shape (its own, its communes', the Métropole de Lyon's for the Rhône).
 * When several rows answer, the latest one gives the answer (then the legend
 * order): the map says where things stood at the end of the period; the table
 * lists every row. Pure, so that the rule can be tested on made-up rows.
 */
export function decideAnswer(
  view: MapViewKey,
  code: string,
  nom: string,
  attached: readonly CollectiviteRow[],
  searched: boolean,
): DepartementAnswer {
  const order = viewCategoryKeys(view);
  const answering = attached
    .map((row) => ({ row, answer: answerOf(view, row) }))
    .filter((entry): entry is { row: CollectiviteRow; answer: AnswerKey } => entry.answer !== null)
    .sort((a, b) => byDate(a.row, b.row) || order.indexOf(b.answer) - order.indexOf(a.answer));
  const last = answering.at(-1) ?? null;
  const category: CategoryKey =
    last?.answer ?? (attached.length > 0 ? 'autre_question' : searched ? 'cherche_rien_trouve' : 'non_cherche');
  const deciding = last?.row ?? null;
  const actor =
    deciding !== null && view !== 'mobilisations' && deciding.niveau !== 'departement' ? deciding.collectivite : null;
  const pageCode = deciding === null ? code : (pageCodeOf(deciding) ?? code);
  const facts = answering.map((entry) => entry.row);
  const what =
    view === 'mobilisations' && facts.length > 0
      ? plural(facts.length, 'mobilisation documentée', 'mobilisations documentées')
      : categoryText(view, category).label;
  return {
    code,
    nom,
    category,
    facts,
    deciding,
    actor,
    href: collectivitePageHref(pageCode),
    label: frenchSpacing(`${nom} (${code}) : ${what}${actor === null ? '' : ` — ${actor}`}`),
  };
}

/** A view applied to the 101 départements. */
export interface MapView {
  key: MapViewKey;
  /** The 101 départements, in INSEE order. */
  answers: readonly DepartementAnswer[];
  /** How many départements each category covers, in legend order (zeros included). */
  counts: ReadonlyMap<CategoryKey, number>;
}

/** Applies a view to the given rows (the real ones by default). */
export function buildMapView(
  view: MapViewKey,
  rows: readonly CollectiviteRow[],
  searched: ReadonlySet<string>,
): MapView {
  const attached = new Map<string, CollectiviteRow[]>();
  for (const row of rows) {
    const code = mapCodeOf(row.code_insee);
    if (code !== null) attached.set(code, [...(attached.get(code) ?? []), row]);
  }
  const answers = DEPARTEMENTS.map(([code, nom]) =>
    decideAnswer(view, code, nom, attached.get(code) ?? [], searched.has(code)),
  );
  const counts = new Map<CategoryKey, number>(viewCategoryKeys(view).map((key) => [key, 0]));
  for (const entry of answers) counts.set(entry.category, (counts.get(entry.category) ?? 0) + 1);
  return { key: view, answers, counts };
}

const built = new Map<MapViewKey, MapView>();

/** One view of the map on the real data. */
export function mapView(view: MapViewKey): MapView {
  let found = built.get(view);
  if (!found) {
    found = buildMapView(view, allCollectivites(), searchedDepartementCodes());
    built.set(view, found);
  }
  return found;
}

/** Whether a category says something about the département (not one of the empty ones). */
export function isAnswer(key: CategoryKey): key is AnswerKey {
  return !(EMPTY_CATEGORY_KEYS as readonly string[]).includes(key);
}
