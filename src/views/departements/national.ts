/**
 * The national panel of /departements/: what the national counts say (how
 * many départements paid their share of the « Ségur pour tous » in full, in
 * part or not at all, the sums still owed, the cost for the départements and
 * the State's compensation), each figure from its row with its sources, and
 * the gap between those counts and the départements this site can name.
 *
 * The figures are chosen by their row ids (the build stops if one is renamed);
 * every word about them comes from their rows.
 */
import type { ChiffreRow } from '../../schemas/chiffres.ts';
import type { EstimationRow } from '../../schemas/estimations.ts';
import type { VerificationStatus } from '../../lib/codes/common.ts';
import type { CategoryKey } from '../../lib/codes/map-views.ts';
import { DEPARTEMENTS } from '../../lib/departements.ts';
import {
  formatEuros,
  formatNumber,
  formatPartialDate,
  formatPercent,
  frenchSpacing,
  plural,
} from '../../lib/format.ts';
import { rowById } from '../../queries/data.ts';
import { mapView } from '../../queries/map-views.ts';
import { CATEGORY_STYLES } from '../../charts/departements-map-styles.ts';
import { paymentsBarSvg } from '../../charts/payments-bar.ts';
import { categorySwatchSvg, type CategoryStyle } from '../../charts/departements-map.ts';
import { citedText, type CitedSegment } from '../sources/cited-text.ts';
import { sourceLinks, type SourceLink } from '../sources/source-links.ts';

/** The rows of chiffres.csv with the survey's counts of 2025, by answer. */
const COUNTS_2025 = {
  paiement_integral: 'departements-2025-a-jour',
  paiement_partiel: 'departements-2025-partiels',
  aucun_paiement: 'departements-2025-aucun',
} as const;

/** The survey's shares of 2024 (chiffres.csv), and the count of 2024 that disagrees with them. */
const SHARES_2024 = ['departements-2024-taux-total', 'departements-2024-taux-partiel', 'departements-2024-taux-aucun'];
const COUNT_2024 = 'departements-2024-a-jour';
/** Sums owed (estimations.csv). */
const UNPAID = ['axess-2025-impayes-2024', 'axess-2025-impayes-2025'];
/** What the extension costs the départements, and how many workers it covers (estimations.csv). */
const COST = ['departements-de-france-2024-cout-annuel', 'departements-de-france-2024-exclus'];
/** The State's compensation (estimations.csv) and its share (chiffres.csv). */
const COMPENSATION = 'etat-2025-compensation-departements';
const COMPENSATION_SHARE = 'cnsa-2025-part-compensee';

/** The look of a part of the bar: its category's on the map; the unclassified part looks like « pas encore cherché ». */
function styleOf(key: PaymentCount['key']): CategoryStyle {
  return CATEGORY_STYLES.get(key === 'non_classe' ? 'non_cherche' : key)!;
}

/** One figure, ready to show. */
export interface NationalFigure {
  id: string;
  /** The dataset of its row, where the same value is published. */
  dataset: 'chiffres' | 'estimations';
  /** The value as the row writes it (null for a range). */
  raw: number | null;
  /** What is counted, from the row. */
  label: string;
  /** The value, formatted (« 46 », « 18,8 % », « 156,4 M€ »). */
  value: string;
  /** Who says so: the estimate's author and its date, or the first source's publisher. */
  attribution: string;
  status: VerificationStatus;
  note: CitedSegment[] | null;
  sources: readonly SourceLink[];
}

/** A publisher's name without what follows it in brackets: « Axess (communiqué repris par …) » → « Axess ». */
function shortPublisher(ids: readonly string[]): string {
  const first = sourceLinks(ids.slice(0, 1))[0];
  return (first?.publisher ?? '').replace(/\s*\(.*$/, '');
}

function chiffreFigure(row: ChiffreRow): NationalFigure {
  return {
    id: row.id,
    dataset: 'chiffres',
    raw: row.valeur,
    label: frenchSpacing(row.indicateur),
    value:
      row.unite === 'pourcentage'
        ? formatPercent(row.valeur)
        : row.unite === 'eur'
          ? formatEuros(row.valeur)
          : formatNumber(row.valeur),
    // A figure's date is the period it describes, not when it was published: say who, not when.
    attribution: `selon ${shortPublisher(row.source_ids)}`,
    status: row.statut_verification,
    note: row.note === null ? null : citedText(row.note),
    sources: sourceLinks(row.source_ids),
  };
}

function estimationFigure(row: EstimationRow): NationalFigure {
  const format = (amount: number): string => (row.unite === 'eur' ? formatEuros(amount) : formatNumber(amount));
  const value =
    row.valeur !== null ? format(row.valeur) : `${format(row.valeur_min ?? 0)} à ${format(row.valeur_max ?? 0)}`;
  const period = row.periodicite === 'annuel' ? ' par an' : '';
  return {
    id: row.id,
    dataset: 'estimations',
    raw: row.valeur,
    label: frenchSpacing(row.perimetre),
    value: `${row.approximatif ? '≈ ' : ''}${value}${row.unite === 'personnes' ? ' salariés' : period}`,
    attribution: `selon ${row.estimateur} (${formatPartialDate(row.date)})`,
    status: row.statut_verification,
    note: row.note === null ? null : citedText(row.note),
    sources: sourceLinks(row.source_ids),
  };
}

/** One part of the 2025 count, with the départements the site names in it. */
export interface PaymentCount {
  key: Extract<CategoryKey, 'paiement_integral' | 'paiement_partiel' | 'aucun_paiement'> | 'non_classe';
  /** « Départements ayant entièrement financé la prime pour 2025 », from the row; computed for the rest. */
  label: string;
  value: number;
  figure: NationalFigure | null;
  /** Its swatch, as in the bar (decorative). */
  swatch: string;
  /** The départements named in this part on the map of 2025. */
  named: readonly { code: string; nom: string; href: string }[];
}

export interface NationalPanel {
  /** Who made the count of 2025 (« Axess »). */
  surveyor: string;
  counts2025: readonly PaymentCount[];
  /** How many départements the count classifies (46 + 41 + 12). */
  classified: number;
  /** How many départements there are (101). */
  total: number;
  /** How many of the classified départements the site names. */
  named: number;
  /** The gap, in one or two sentences. */
  gap: string;
  bar: string;
  shares2024: readonly NationalFigure[];
  count2024: NationalFigure;
  unpaid: readonly NationalFigure[];
  cost: readonly NationalFigure[];
  compensation: readonly NationalFigure[];
}

/** The national panel, from the real data. */
export function nationalPanel(): NationalPanel {
  const view = mapView('segur-pour-tous-2025');
  const total = DEPARTEMENTS.length;
  const countRows = Object.entries(COUNTS_2025).map(([key, id]) => ({
    key: key as keyof typeof COUNTS_2025,
    row: rowById('chiffres', id),
  }));
  const surveyor = shortPublisher(countRows[0]!.row.source_ids);
  // The year the count describes, from its rows (« pour 2025 »).
  const year = countRows[0]!.row.periode_reference || countRows[0]!.row.date.slice(0, 4);
  const counts: PaymentCount[] = countRows.map(({ key, row }) => ({
    key,
    label: frenchSpacing(row.indicateur),
    value: row.valeur,
    figure: chiffreFigure(row),
    swatch: categorySwatchSvg(key, styleOf(key), 'national'),
    named: view.answers
      .filter((entry) => entry.category === key)
      .map((entry) => ({ code: entry.code, nom: entry.nom, href: entry.href })),
  }));
  const classified = counts.reduce((sum, part) => sum + part.value, 0);
  counts.push({
    key: 'non_classe',
    label: 'Départements dans aucune de ces catégories (calcul de l’observatoire)',
    value: Math.max(0, total - classified),
    figure: null,
    swatch: categorySwatchSvg('non_classe', styleOf('non_classe'), 'national'),
    named: [],
  });
  const named = counts.reduce((sum, part) => sum + part.named.length, 0);
  const none = counts.find((part) => part.key === 'aucun_paiement')!;
  const unnamed = counts.filter((part) => part.key !== 'non_classe' && part.value > 0 && part.named.length === 0);
  const gap = frenchSpacing(
    `${plural(none.value, 'département n’a', 'départements n’ont')} rien versé pour ${year} selon ${surveyor} ; ` +
      `${none.named.length === 0 ? 'aucun n’est nommé' : `${formatNumber(none.named.length)} ${none.named.length > 1 ? 'sont nommés' : 'est nommé'}`} ici.` +
      (unnamed.length > 0
        ? ` Des ${formatNumber(unnamed.reduce((sum, part) => sum + part.value, 0))} qui ont versé tout ou partie, aucun n’est nommé par les sources lues.`
        : ''),
  );
  const bar = paymentsBarSvg(
    counts.map((part) => ({ key: part.key, value: part.value, style: styleOf(part.key) })),
    {
      title: `Les ${formatNumber(total)} départements selon ce qu’ils ont versé pour ${year}, d’après ${surveyor}`,
      description: `${gap} Le tableau qui suit donne les nombres de chaque partie, dans le même ordre.`,
      idPrefix: 'barre-2025',
    },
  );
  return {
    surveyor,
    counts2025: counts,
    classified,
    total,
    named,
    gap,
    bar,
    shares2024: SHARES_2024.map((id) => chiffreFigure(rowById('chiffres', id))),
    count2024: chiffreFigure(rowById('chiffres', COUNT_2024)),
    unpaid: UNPAID.map((id) => estimationFigure(rowById('estimations', id))),
    cost: COST.map((id) => estimationFigure(rowById('estimations', id))),
    compensation: [
      estimationFigure(rowById('estimations', COMPENSATION)),
      chiffreFigure(rowById('chiffres', COMPENSATION_SHARE)),
    ],
  };
}
