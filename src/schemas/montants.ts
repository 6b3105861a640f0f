/**
 * data/montants.csv — the values that say « how much, today » and month by
 * month: the value of the index point over time, each measure's monthly amount
 * for a full-time post (49 points, 238 € brut, 160 € net, 517 € brut…), its
 * approximate net, and net/gross ratios. The calculator of /metiers/ reads its
 * amounts here and nowhere else.
 */
import { code, decimal, partialDate, references, slug, text } from './columns.ts';
import { noteExplainsDoubt, provenanceColumns } from './common.ts';
import { formatPartialDate } from '../lib/format.ts';
import { defineDataset } from './dataset.ts';
import { MONTANT_KINDS, MONTANT_UNITS, PART_TIME_RULES, UNITS_BY_KIND } from '../lib/codes/montants.ts';
import { parsePartialDate } from '../lib/dates.ts';

/** A day-precise date that is the first of its month. */
function isFirstOfMonth(text: string): boolean {
  const date = parsePartialDate(text);
  return date !== null && date.precision === 'jour' && date.day === 1;
}

/** A day-precise date that is the last day of its month. */
function isEndOfMonth(text: string): boolean {
  const date = parsePartialDate(text);
  if (date === null || date.precision !== 'jour' || date.month === null) return false;
  return date.day === new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
}

export const montantsDataset = defineDataset({
  slug: 'montants',
  title: 'Montants',
  description:
    'Les valeurs qui permettent de dire combien rapporte une mesure, mois par mois : valeur du point d’indice dans le temps, montant mensuel de chaque mesure pour un temps plein (49 points, 238 € brut, 160 € net, 517 € brut…), net approximatif et rapports entre net et brut, chacune avec sa période de validité et ses sources.',
  columns: {
    /** Stable identifier. */
    id: slug({ description: 'Identifiant stable de la valeur.', example: 'point-indice-2023-07' }),
    /** What the row gives. */
    grandeur: code(MONTANT_KINDS, {
      description:
        'Ce que donne la ligne : valeur_point (valeur mensuelle brute d’un point d’indice majoré), montant (montant mensuel d’une mesure pour un temps plein), equivalent_brut (équivalent en euros d’un montant en points, tel que les sources l’écrivent, pour contrôle), net_approximatif (net mensuel approximatif d’une mesure pour un temps plein) ou rapport_net_brut (rapport approximatif entre net et brut).',
      example: 'montant',
    }),
    /** What is measured, in plain words. */
    libelle: text({
      description: 'Ce qui est mesuré, en clair.',
      example: 'Complément de traitement indiciaire à 49 points (temps plein)',
    }),
    /** Value. */
    valeur: decimal({ description: 'Valeur, en chiffres (« . » décimal).', example: '49' }),
    /** Unit. */
    unite: code(MONTANT_UNITS, {
      description:
        'Unité : eur_brut_mensuel, eur_net_mensuel, points_indice (nombre de points d’indice majoré par mois) ou rapport (net divisé par brut).',
      example: 'points_indice',
    }),
    /** First day of validity. */
    debut: partialDate({
      description: 'Premier jour où la valeur s’applique, le 1er d’un mois (AAAA-MM-JJ).',
      example: '2020-12-01',
    }),
    /** Last day of validity. */
    fin: partialDate({
      required: false,
      description:
        'Dernier jour où la valeur s’applique, le dernier jour d’un mois (AAAA-MM-JJ) ; vide si elle est toujours en vigueur à la date des sources.',
      example: '2022-06-30',
    }),
    /** Measures the value applies to. */
    mesure_ids: references({
      required: false,
      dataset: 'mesures',
      description:
        'Mesures auxquelles la valeur s’applique (data/mesures.csv), séparées par « ; » ; vide pour la valeur du point, commune à toutes. Pour une mesure, la valeur ne vaut jamais avant sa date d’effet.',
      example: 'segur-fph-2020;segur-ehpad-fpt-fpe-2021',
    }),
    /** Part-time rule. */
    temps_partiel: code(PART_TIME_RULES, {
      required: false,
      description:
        'Pour un montant : au_prorata (versé au prorata de la quotité de travail, d’après les sources de la ligne) ou non_documente (aucune source lue ne dit ce qu’il devient à temps partiel) ; vide pour les autres grandeurs.',
      example: 'au_prorata',
    }),
    /** Where the value is written. */
    localisation: text({
      required: false,
      description: 'Texte, article ou document qui fixe ou donne la valeur, et calcul quand elle est calculée.',
      example: 'Décret n° 2023-519 du 28 juin 2023 : indice 100 = 5 907,34 € par an',
    }),
    ...provenanceColumns,
  },
  rules: [
    {
      column: 'unite',
      expected:
        'une unité qui va avec la grandeur (valeur_point et equivalent_brut : eur_brut_mensuel ; montant : points_indice, eur_brut_mensuel ou eur_net_mensuel ; net_approximatif : eur_net_mensuel ; rapport_net_brut : rapport)',
      test: (row) => UNITS_BY_KIND[row.grandeur].includes(row.unite),
    },
    {
      column: 'valeur',
      expected: 'un rapport strictement compris entre 0 et 1, ou une valeur strictement positive',
      test: (row) => row.valeur > 0 && (row.unite !== 'rapport' || row.valeur < 1),
    },
    {
      column: 'debut',
      expected: 'le premier jour d’un mois, au format AAAA-MM-JJ',
      test: (row) => isFirstOfMonth(row.debut),
    },
    {
      column: 'fin',
      expected: 'le dernier jour d’un mois, au format AAAA-MM-JJ, après le début (ou une cellule vide)',
      test: (row) => row.fin === null || (isEndOfMonth(row.fin) && row.fin > row.debut),
    },
    {
      column: 'mesure_ids',
      expected: 'aucune mesure pour la valeur du point, au moins une pour toute autre grandeur',
      test: (row) => (row.grandeur === 'valeur_point') === (row.mesure_ids.length === 0),
    },
    {
      column: 'temps_partiel',
      expected: 'au_prorata ou non_documente pour un montant, une cellule vide pour les autres grandeurs',
      test: (row) => (row.grandeur === 'montant') === (row.temps_partiel !== null),
    },
    noteExplainsDoubt(),
  ],
  references: [
    { column: 'mesure_ids', dataset: 'mesures' },
    { column: 'source_ids', dataset: 'sources' },
  ],
  rowLabel: (row) => `${row.libelle} (depuis le ${formatPartialDate(row.debut)})`,
});
