/** data/collectivites.csv — what départements, regions, metropolises and national bodies did. */
import { code, decimal, partialDate, slug, text } from './columns.ts';
import { localisationColumn, locatorOrReason, noteExplainsDoubt, provenanceColumns } from './common.ts';
import { formatPartialDate } from '../lib/format.ts';
import { defineDataset, type RowOf } from './dataset.ts';
import { DEPARTEMENT_CODES, METROPOLE_DE_LYON } from '../lib/departements.ts';
import { LEVELS, LOCAL_NATURES, LOCAL_PERIODS, REGION_CODES } from '../lib/codes/collectivites.ts';

const ATTACHABLE_CODES = [...DEPARTEMENT_CODES, METROPOLE_DE_LYON] as unknown as readonly [string, ...string[]];

export const collectivitesDataset = defineDataset({
  slug: 'collectivites',
  title: 'Collectivités',
  description:
    'Ce que les départements, régions, métropoles, communes et instances nationales ont décidé pour les exclus du Ségur : financements volontaires, refus, motions, impayés, mesures d’employeur, mobilisations et compromis national.',
  columns: {
    /** Stable identifier. */
    id: slug({ description: 'Identifiant stable de la ligne.', example: 'gironde-2024-03-segur-des-oublies' }),
    /** Name of the collectivity. */
    collectivite: text({
      description: 'Nom de la collectivité ou de l’instance.',
      example: 'Département de la Gironde',
    }),
    /** Level. */
    niveau: code(LEVELS, {
      description: 'Niveau : departement, region, metropole, intercommunalite, commune ou national.',
      example: 'departement',
    }),
    /** Département the row is attached to. */
    code_insee: code(ATTACHABLE_CODES, {
      required: false,
      description:
        'Code INSEE du département de rattachement (« 01 », « 2A », « 971 » ; « 69M » pour la Métropole de Lyon) ; vide pour une région ou une ligne nationale.',
      example: '33',
    }),
    /** Region code, for region rows. */
    code_region: code(REGION_CODES, {
      required: false,
      description: 'Code INSEE de la région, pour une ligne de niveau region seulement.',
      example: '44',
    }),
    /** When. */
    date: partialDate({
      description: 'Date de la décision ou de l’annonce (AAAA, AAAA-MM ou AAAA-MM-JJ).',
      example: '2024-03-27',
    }),
    /** What was done. */
    nature: code(LOCAL_NATURES, {
      description:
        'Nature : financement_volontaire, refus, motion, impaye, mesure_employeur, mobilisation ou compromis_national.',
      example: 'financement_volontaire',
    }),
    /** Amount in euros. */
    montant_eur: decimal({ required: false, description: 'Montant en euros, s’il y en a un.', example: '7500000' }),
    /** Period of the amount. */
    periodicite: code(LOCAL_PERIODS, {
      required: false,
      description: 'Périodicité du montant : annuel, ponctuel ou mensuel_par_personne.',
      example: 'annuel',
    }),
    /** Who or what is concerned. */
    perimetre: text({
      description: 'Qui ou quoi est concerné.',
      example: 'Professionnels de terrain des structures financées, surtout en protection de l’enfance',
    }),
    /** Follow-up. */
    suite: text({
      required: false,
      description: 'Ce que l’on sait de la suite (vote, versement, retrait).',
      example: 'Mesure proposée au vote du budget 2025.',
    }),
    localisation: localisationColumn,
    ...provenanceColumns,
  },
  rules: [
    {
      column: 'code_insee',
      expected:
        'un code de département pour une collectivité locale, et une cellule vide pour une région ou une ligne nationale',
      test: (row) => (row.niveau === 'region' || row.niveau === 'national') === (row.code_insee === null),
    },
    {
      column: 'code_region',
      expected: 'un code de région pour une ligne de niveau region, et une cellule vide sinon',
      test: (row) => (row.niveau === 'region') === (row.code_region !== null),
    },
    {
      column: 'periodicite',
      expected: 'une périodicité si et seulement si un montant est donné',
      test: (row) => (row.montant_eur === null) === (row.periodicite === null),
    },
    locatorOrReason(),
    noteExplainsDoubt(),
  ],
  references: [{ column: 'source_ids', dataset: 'sources' }],
  rowLabel: (row) => `${row.collectivite}, ${formatPartialDate(row.date)}`,
});

/** A typed row of collectivites.csv. */
export type CollectiviteRow = RowOf<typeof collectivitesDataset.columns>;
