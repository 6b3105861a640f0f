/** data/exclus-aujourdhui.csv — who is still excluded from the Ségur at the date of the data, group by group. */
import { code, integer, partialDate, references, slug, text } from './columns.ts';
import { localisationColumn, locatorOrReason, noteExplainsDoubt, provenanceColumns } from './common.ts';
import { defineDataset, type RowOf } from './dataset.ts';
import { GROUP_STATUSES, GROUP_UNITS } from '../lib/codes/exclus.ts';

export const exclusAujourdhuiDataset = defineDataset({
  slug: 'exclus-aujourdhui',
  title: 'Qui reste exclu aujourd’hui',
  description:
    'Les groupes de salariés et d’agents toujours privés des 183 € du Ségur à la date des données, avec leur effectif quand une source le chiffre, la mesure qui couvre leurs voisins et, le cas échéant, l’autre hausse qu’ils ont eue ; plus les groupes qui ont eu une mesure propre à la place du Ségur.',
  columns: {
    /** Stable identifier. */
    id: slug({ description: 'Identifiant stable du groupe.', example: 'assistants-familiaux-departements' }),
    /** The group, in a few words. */
    groupe: text({
      description: 'Le groupe, en quelques mots.',
      example: 'Assistants familiaux employés par les départements',
    }),
    /** Who exactly, and why they are left out. */
    description: text({
      description: 'Qui exactement, et pourquoi le groupe est hors des mesures.',
      example: 'Assistants familiaux (familles d’accueil) salariés d’un conseil départemental…',
    }),
    /** Where the group stands at the date of the data. */
    statut_groupe: code(GROUP_STATUSES, {
      description:
        'Situation du groupe à la date des données : encore_exclu (ni Ségur, ni mesure à sa place), autre_hausse (toujours exclu du Ségur, mais une autre hausse, plus faible ou d’une autre nature, nommée dans autre_mesure), mesure_propre (une mesure propre à la place du Ségur : le groupe n’est plus exclu).',
      example: 'encore_exclu',
    }),
    /** Head-count, when a source gives one. */
    effectif: integer({
      required: false,
      description: 'Effectif du groupe quand une source le chiffre (voir unite et note) ; vide : non chiffré.',
      example: '36174',
    }),
    /** Unit of the head-count. */
    unite: code(GROUP_UNITS, {
      required: false,
      description: 'Unité de l’effectif : personnes ou etp (équivalents temps plein) ; vide sans effectif.',
      example: 'personnes',
    }),
    /** When the count or, without one, the latest source describes the group. */
    date_etat: partialDate({
      description:
        'Date de l’effectif ou, sans effectif, de la plus récente source qui atteste la situation du groupe (AAAA, AAAA-MM ou AAAA-MM-JJ).',
      example: '2024-06',
    }),
    /** The measures that cover the same jobs elsewhere. */
    mesure_voisine_ids: references({
      required: false,
      dataset: 'mesures',
      description: 'Identifiants des mesures (mesures.csv) qui couvrent les mêmes métiers ailleurs, séparés par « ; ».',
      example: 'segur-pour-tous-bass-2024',
    }),
    /** What the group got instead of, or besides, the Ségur. */
    autre_mesure: text({
      required: false,
      description:
        'Ce que le groupe a eu à la place du Ségur (mesure propre) ou à côté (autre hausse, aide ponctuelle), en clair ; obligatoire pour autre_hausse et mesure_propre.',
      example: '« Bonus attractivité » de la CNAF, rétroactif au 1er janvier 2024…',
    }),
    localisation: localisationColumn,
    ...provenanceColumns,
  },
  rules: [
    {
      column: 'unite',
      expected: 'une unité si et seulement si un effectif est donné',
      test: (row) => (row.effectif === null) === (row.unite === null),
    },
    {
      column: 'autre_mesure',
      expected: 'la hausse ou la mesure que le groupe a eue, pour un statut autre_hausse ou mesure_propre',
      test: (row) => row.statut_groupe === 'encore_exclu' || row.autre_mesure !== null,
    },
    locatorOrReason(),
    noteExplainsDoubt(),
  ],
  references: [
    { column: 'mesure_voisine_ids', dataset: 'mesures' },
    { column: 'source_ids', dataset: 'sources' },
  ],
  rowLabel: (row) => row.groupe,
});

/** A typed row of exclus-aujourdhui.csv. */
export type ExclusAujourdhuiRow = RowOf<typeof exclusAujourdhuiDataset.columns>;
