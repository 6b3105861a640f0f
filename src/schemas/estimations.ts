/** data/estimations.csv — the contested counts of excluded and covered workers, and the costs. */
import { code, decimal, integer, partialDate, references, slug, text, yesNo } from './columns.ts';
import { localisationColumn, locatorOrReason, noteExplainsDoubt, provenanceColumns } from './common.ts';
import { formatPartialDate } from '../lib/format.ts';
import { defineDataset, type RowOf } from './dataset.ts';
import {
  COST_PERIODS,
  ESTIMATE_NATURES,
  ESTIMATE_OBJECTS,
  ESTIMATE_UNITS,
  SCOPE_CODES,
} from '../lib/codes/estimations.ts';

export const estimationsDataset = defineDataset({
  slug: 'estimations',
  title: 'Estimations',
  description:
    'Chaque estimation du nombre de salariés et d’agents exclus ou couverts par les revalorisations, et chaque chiffrage du coût d’une extension, avec son auteur, sa date, son unité (personnes, ETP, euros), son périmètre et ce qu’elle conteste.',
  columns: {
    /** Stable identifier. */
    id: slug({ description: 'Identifiant stable de l’estimation.', example: 'rapport-art83-total' }),
    /** Who estimates. */
    estimateur: text({
      description: 'Auteur de l’estimation.',
      example: 'Gouvernement (rapport de l’article 83 de la LFSS 2023)',
    }),
    /** When. */
    date: partialDate({
      description: 'Date de l’estimation : sa publication ou son annonce (AAAA, AAAA-MM ou AAAA-MM-JJ).',
      example: '2023-12-05',
    }),
    /** When the world was as the figure says: may differ from its publication. */
    date_etat: partialDate({
      description:
        'Date de la situation que décrit le chiffre (AAAA, AAAA-MM ou AAAA-MM-JJ) : elle peut précéder la publication (données d’une année antérieure) ou la suivre (salariés couverts à partir d’une date d’effet).',
      example: '2023-12',
    }),
    /** Point value. */
    valeur: decimal({
      required: false,
      description: 'Valeur ponctuelle ; vide seulement si une fourchette est donnée.',
      example: '120800',
    }),
    /** Range, low. */
    valeur_min: decimal({ required: false, description: 'Borne basse d’une fourchette.', example: '8000' }),
    /** Range, high. */
    valeur_max: decimal({
      required: false,
      description: 'Borne haute d’une fourchette (au moins égale à valeur_min).',
      example: '8500',
    }),
    /** Whether the source gives an approximation. */
    approximatif: yesNo({
      description: '« oui » si la source donne un ordre de grandeur (« environ », « près de », « plus de »).',
      example: 'non',
    }),
    /** Unit. */
    unite: code(ESTIMATE_UNITS, {
      description: 'Unité : personnes (personnes physiques), etp (équivalents temps plein) ou eur.',
      example: 'personnes',
    }),
    /** What is counted. */
    nature: code(ESTIMATE_NATURES, { description: 'Ce qui est compté : exclus, couverts ou cout.', example: 'exclus' }),
    /** What the count describes at its date: still excluded, newly covered, covered, cost. */
    objet: code(ESTIMATE_OBJECTS, {
      description:
        'Ce que décrit le chiffre à sa date : exclus_restants (personnes encore exclues), devenus_couverts (personnes qu’une mesure vient de rendre éligibles, naguère exclues), couverts (ensemble des bénéficiaires) ou cout. Un graphique ne met jamais côte à côte exclus_restants et devenus_couverts.',
      example: 'exclus_restants',
    }),
    /** For costs, the period. */
    periodicite: code(COST_PERIODS, {
      required: false,
      description: 'Pour un coût : annuel ou ponctuel ; vide sinon.',
      example: 'annuel',
    }),
    /** For a cost, the year it concerns: the first year of an annual cost, the year a one-off sum is due for. */
    annee_concernee: integer({
      required: false,
      description:
        'Pour un coût : l’année à laquelle il se rapporte (la première année d’un coût annuel, l’année au titre de laquelle une somme ponctuelle est due) ; vide si les sources ne le disent pas, et pour un effectif.',
      example: '2025',
    }),
    /** Scope in plain words. */
    perimetre: text({
      description: 'Périmètre en clair.',
      example: 'Secteurs social et médico-social, public et privé non lucratif',
    }),
    /** Scope code, for grouping. */
    perimetre_code: code(SCOPE_CODES, {
      description: 'Code du périmètre, pour regrouper les estimations comparables.',
      example: 'ensemble',
    }),
    /** Method, if known. */
    methode: text({
      required: false,
      description: 'Méthode, si elle est connue.',
      example: '120 800 − 92 400 − 26 600',
    }),
    /** Official figure. */
    officiel: yesNo({
      description: '« oui » pour un chiffre du gouvernement ou d’un rapport officiel.',
      example: 'oui',
    }),
    /** Derived by the observatory. */
    derive: yesNo({
      description: '« oui » pour un chiffre calculé par l’observatoire à partir d’autres lignes (voir methode).',
      example: 'non',
    }),
    /** Whether the figure describes the world before the agreement of 4 June 2024. */
    anterieur_accord_2024: yesNo({
      description:
        '« oui » si le chiffre décrit une situation antérieure à l’accord « Ségur pour tous » du 4 juin 2024 : le site le présente comme historique.',
      example: 'oui',
    }),
    /** Estimates this one contests. */
    conteste_ids: references({
      required: false,
      dataset: 'estimations',
      description: 'Identifiants des estimations que celle-ci conteste, séparés par « ; ».',
      example: 'rapport-art83-prive',
    }),
    localisation: localisationColumn,
    ...provenanceColumns,
  },
  rules: [
    {
      column: 'valeur',
      expected: 'une valeur, ou à défaut valeur_min et valeur_max',
      test: (row) => row.valeur !== null || (row.valeur_min !== null && row.valeur_max !== null),
    },
    {
      column: 'valeur_min',
      expected: 'une borne basse inférieure ou égale à valeur_max',
      test: (row) => row.valeur_min === null || row.valeur_max === null || row.valeur_min <= row.valeur_max,
    },
    {
      column: 'valeur',
      expected: 'une valeur comprise entre valeur_min et valeur_max',
      test: (row) =>
        row.valeur === null ||
        ((row.valeur_min === null || row.valeur >= row.valeur_min) &&
          (row.valeur_max === null || row.valeur <= row.valeur_max)),
    },
    {
      column: 'unite',
      expected: '« eur » pour un coût, et « personnes » ou « etp » pour un effectif',
      test: (row) => (row.nature === 'cout') === (row.unite === 'eur'),
    },
    {
      column: 'periodicite',
      expected: 'une périodicité pour un coût, et aucune pour un effectif',
      test: (row) => (row.nature === 'cout') === (row.periodicite !== null),
    },
    {
      column: 'annee_concernee',
      expected: 'une année entre 2000 et 2100 pour un coût, et une cellule vide pour un effectif',
      test: (row) =>
        row.annee_concernee === null ||
        (row.nature === 'cout' && row.annee_concernee >= 2000 && row.annee_concernee <= 2100),
    },
    {
      column: 'conteste_ids',
      expected: 'des identifiants d’autres estimations que celle-ci',
      test: (row) => !row.conteste_ids.includes(row.id),
    },
    {
      column: 'methode',
      expected: 'une méthode qui explique le calcul, pour un chiffre dérivé',
      test: (row) => !row.derive || row.methode !== null,
    },
    {
      column: 'objet',
      expected:
        'un objet qui va avec la nature : cout pour un coût, exclus_restants pour des exclus, couverts pour des couverts, devenus_couverts pour des exclus ou des couverts',
      test: (row) =>
        row.objet === 'cout'
          ? row.nature === 'cout'
          : row.objet === 'exclus_restants'
            ? row.nature === 'exclus'
            : row.objet === 'couverts'
              ? row.nature === 'couverts'
              : row.nature !== 'cout',
    },
    locatorOrReason(),
    noteExplainsDoubt(),
  ],
  references: [
    { column: 'conteste_ids', dataset: 'estimations' },
    { column: 'source_ids', dataset: 'sources' },
  ],
  rowLabel: (row) => `${row.estimateur}, ${formatPartialDate(row.date)} — ${row.perimetre}`,
});

/** A typed row of estimations.csv. */
export type EstimationRow = RowOf<typeof estimationsDataset.columns>;
