/**
 * data/collectivites.csv — what départements, regions, metropolises, communes
 * and national bodies decided about the workers left out of the Ségur, the
 * mobilisations located there, and the facts of other actors located there
 * (an association's unpaid bonus, a school's cost, a State notification, a
 * survey of payments). Each row says which of the three it is (`type_fait`):
 * only a collectivity's own decision stands for its position.
 */
import { code, codes, decimal, partialDate, patterned, slug, text } from './columns.ts';
import { localisationColumn, locatorOrReason, noteExplainsDoubt, notInTheFuture, provenanceColumns } from './common.ts';
import { formatPartialDate } from '../lib/format.ts';
import { defineDataset, type RowOf } from './dataset.ts';
import { DEPARTEMENT_CODES, METROPOLE_DE_LYON, REGION_CODES } from '../lib/departements.ts';
import {
  AMOUNT_UNITS,
  DECIDING_LEVELS,
  FACT_TYPES,
  LEVELS,
  LOCAL_LEVELS,
  LOCAL_PERIODS,
  LOCATED_ACTOR_LEVELS,
  NATURES,
  NATURES_BY_TYPE,
  STEPS,
  STEPS_BY_TYPE,
  STRANDS,
} from '../lib/codes/collectivites.ts';
import { departementOfCommune, departementsOfEpci } from './official-codes.ts';

const ATTACHABLE_CODES = [...DEPARTEMENT_CODES, METROPOLE_DE_LYON] as unknown as readonly [string, ...string[]];

/** Years a fact can concern (column `annee_concernee`). */
const CONCERNED_YEARS = ['2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027'] as const;

/** The département code an official list knows for a code_insee cell (69M lies in the Rhône, 69). */
const officialDepartement = (codeInsee: string | null): string | null =>
  codeInsee === METROPOLE_DE_LYON ? '69' : codeInsee;

/** « decision : a, b ou c ; mobilisation : … », for the messages of the rules that pair a code with type_fait. */
function byType(allowed: Readonly<Record<string, readonly string[]>>): string {
  const list = (values: readonly string[]): string =>
    values.length > 1 ? `${values.slice(0, -1).join(', ')} ou ${values.at(-1)}` : (values[0] ?? '');
  return Object.entries(allowed)
    .map(([type, values]) => `${type} → ${list(values)}`)
    .join(' ; ');
}

export const collectivitesDataset = defineDataset({
  slug: 'collectivites',
  title: 'Collectivités',
  description:
    'Ce que les départements, régions, métropoles, communes et instances nationales ont décidé pour les exclus du Ségur (financements, refus, motions, mesures pour leurs agents), les mobilisations de salariés et d’agents, et les faits d’autres acteurs situés dans un département (coût pour une association ou une école, notification de l’État, recensement des paiements) : chaque ligne dit lequel des trois elle est.',
  columns: {
    /** Stable identifier. */
    id: slug({ description: 'Identifiant stable de la ligne.', example: 'allier-2024-10-03-motion-blocage' }),
    /** Who acted, or whose fact it is. */
    collectivite: text({
      description:
        'Qui a agi : la collectivité ou l’instance ; pour une mobilisation, les salariés ou agents mobilisés ; pour le fait d’un autre acteur, cet acteur (association, école, État, Axess).',
      example: 'Département de l’Allier',
    }),
    /** Level. */
    niveau: code(LEVELS, {
      description:
        'Niveau de celui qui a agi : departement, region, metropole, intercommunalite, commune, association (association, collectif ou école), etat (État, préfecture, CNSA) ou national (instance nationale, recensement national).',
      example: 'departement',
    }),
    /** Département where the fact lies. */
    code_insee: code(ATTACHABLE_CODES, {
      required: false,
      description:
        'Code INSEE du département où se situe le fait (« 01 », « 2A », « 971 » ; « 69M » pour la Métropole de Lyon) ; vide pour une région, une ligne nationale ou un acteur situé seulement dans une région.',
      example: '03',
    }),
    /** Commune, for a commune's row. */
    code_commune: patterned({
      required: false,
      regex: /^(?:\d{5}|2[AB]\d{3})$/,
      shape: 'un code INSEE de commune à cinq caractères (« 51454 », « 2A004 »)',
      description:
        'Code INSEE de la commune (Code officiel géographique), pour une ligne de niveau commune seulement ; il doit exister et se trouver dans le département de code_insee.',
      example: '51454',
    }),
    /** Intercommunality, for an EPCI's or a metropolis's row. */
    siren_epci: patterned({
      required: false,
      regex: /^\d{9}$/,
      shape: 'un numéro SIREN à neuf chiffres',
      description:
        'SIREN de l’intercommunalité ou de la métropole (liste officielle des EPCI, Métropole de Lyon comprise), pour une ligne de niveau intercommunalite ou metropole ; il doit exister et couvrir le département de code_insee. Vide seulement si la source ne permet pas de dire de quelle collectivité il s’agit (la note le dit).',
      example: '242900314',
    }),
    /** Region code, for region rows. */
    code_region: code(REGION_CODES, {
      required: false,
      description:
        'Code INSEE de la région, pour une ligne de niveau region, ou pour une association ou une école située dans une région sans département précis.',
      example: '44',
    }),
    /** When. */
    date: partialDate({
      description:
        'Date de la décision, de l’annonce, de la mobilisation ou de la publication, à la précision connue (AAAA, AAAA-MM ou AAAA-MM-JJ) ; jamais dans le futur.',
      example: '2024-10-03',
    }),
    /** Decision, mobilisation or fact of another actor. */
    type_fait: code(FACT_TYPES, {
      description:
        'Type de fait : decision (la collectivité ou l’instance décide elle-même), mobilisation (grève, rassemblement, pétition) ou autre_acteur (fait d’un autre acteur situé là : coût pour une association, notification de l’État, recensement des paiements).',
      example: 'decision',
    }),
    /** Which part of the Ségur. */
    volet: code(STRANDS, {
      description:
        'Volet : agents_collectivite (les agents de la collectivité elle-même), segur_pour_tous (l’extension de 2024 aux associations), compensation_etat (financement ou compensation de l’État) ou autre (extensions de 2021-2022, formations en travail social…).',
      example: 'segur_pour_tous',
    }),
    /** Years concerned. */
    annee_concernee: codes(CONCERNED_YEARS, {
      description:
        'Année ou années que le fait concerne (exercice d’un paiement, année d’une mesure), séparées par « ; » ; vide si la source ne le dit pas.',
      example: '2024;2025',
    }),
    /** How far it went. */
    etape: code(STEPS, {
      description:
        'Étape : annonce (une annonce n’est pas un vote), vote, versement, refus, motion ou constat pour une décision ; action pour une mobilisation ; constat ou notification pour le fait d’un autre acteur.',
      example: 'motion',
    }),
    /** What it is. */
    nature: code(NATURES, {
      description:
        'Nature : pour une décision, financement_volontaire, mesure_employeur, refus, motion, compromis_national ou autre ; pour une mobilisation, greve, rassemblement, petition ou autre ; pour un autre acteur, paiement_integral, paiement_partiel, aucun_paiement (recensement des paiements d’un département), impaye, compensation_etat (compensation notifiée ou calculée pour le département), financement_etat (financement de l’État à des structures qu’il finance lui-même), cout_autre_acteur ou autre.',
      example: 'motion',
    }),
    /** Amount. */
    montant_eur: decimal({
      required: false,
      description: 'Montant, s’il y en a un, tel que la source l’écrit ; périmetre dit ce qu’il mesure.',
      example: '1000000',
    }),
    /** Unit of the amount. */
    unite_montant: code(AMOUNT_UNITS, {
      required: false,
      description: 'Unité du montant : eur (euros) ; obligatoire s’il y a un montant.',
      example: 'eur',
    }),
    /** Period of the amount. */
    periodicite: code(LOCAL_PERIODS, {
      required: false,
      description:
        'Périodicité du montant : annuel, ponctuel ou mensuel_par_personne ; obligatoire s’il y a un montant.',
      example: 'ponctuel',
    }),
    /** Who or what is concerned. */
    perimetre: text({
      description: 'Qui ou quoi est concerné, et ce que mesure le montant.',
      example: 'Structures tarifées par le département concernées par l’extension de la prime',
    }),
    /** Follow-up. */
    suite: text({
      required: false,
      description: 'Ce que l’on sait de la suite (vote, versement, retrait).',
      example: 'Selon Axess, l’Allier n’avait rien versé pour 2025.',
    }),
    source_ids: provenanceColumns.source_ids,
    /** Where the fact stands in the first source. */
    localisation: localisationColumn,
    statut_verification: provenanceColumns.statut_verification,
    note: provenanceColumns.note,
  },
  rules: [
    {
      column: 'code_insee',
      expected:
        'un code de département pour un département, une métropole, une intercommunalité ou une commune ; une cellule vide pour une région ou une ligne nationale ; pour une association ou l’État, un code de département ou bien un code de région',
      test: (row) => {
        if (LOCAL_LEVELS.includes(row.niveau)) return row.code_insee !== null;
        if (LOCATED_ACTOR_LEVELS.includes(row.niveau)) return (row.code_insee === null) !== (row.code_region === null);
        return row.code_insee === null;
      },
    },
    {
      column: 'code_region',
      expected:
        'un code de région pour une ligne de niveau region (et pour une association ou l’État situés dans une région seulement), une cellule vide sinon',
      test: (row) =>
        row.niveau === 'region'
          ? row.code_region !== null
          : row.code_region === null || LOCATED_ACTOR_LEVELS.includes(row.niveau),
    },
    {
      column: 'code_commune',
      expected:
        'pour une ligne de niveau commune, le code INSEE d’une commune qui existe, située dans le département de code_insee ; une cellule vide pour tout autre niveau',
      test: (row) =>
        row.niveau === 'commune'
          ? row.code_commune !== null && departementOfCommune(row.code_commune) === officialDepartement(row.code_insee)
          : row.code_commune === null,
    },
    {
      column: 'siren_epci',
      expected:
        'pour une intercommunalité ou une métropole, le SIREN d’un EPCI qui existe et couvre le département de code_insee (vide seulement pour une ligne non confirmée, dont la note dit pourquoi) ; une cellule vide pour tout autre niveau',
      test: (row) => {
        if (row.niveau !== 'intercommunalite' && row.niveau !== 'metropole') return row.siren_epci === null;
        if (row.siren_epci === null) return row.statut_verification !== 'confirme';
        const covered = departementsOfEpci(row.siren_epci);
        return covered !== undefined && covered.has(officialDepartement(row.code_insee) ?? '');
      },
    },
    notInTheFuture('date'),
    {
      column: 'niveau',
      expected: `pour une décision, un niveau qui décide lui-même (${DECIDING_LEVELS.join(', ')}) : le fait d’une association ou de l’État est un fait d’un autre acteur`,
      test: (row) => row.type_fait !== 'decision' || DECIDING_LEVELS.includes(row.niveau),
    },
    {
      column: 'nature',
      expected: `une nature qui va avec le type de fait (type_fait) : ${byType(NATURES_BY_TYPE)}`,
      test: (row) => NATURES_BY_TYPE[row.type_fait].includes(row.nature),
    },
    {
      column: 'etape',
      expected: `une étape qui va avec le type de fait (type_fait) : ${byType(STEPS_BY_TYPE)}`,
      test: (row) => STEPS_BY_TYPE[row.type_fait].includes(row.etape),
    },
    {
      column: 'unite_montant',
      expected: 'une unité si et seulement si un montant est donné',
      test: (row) => (row.montant_eur === null) === (row.unite_montant === null),
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
