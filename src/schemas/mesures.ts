/** data/mesures.csv — the measures that granted (or refused) the 183 € and their equivalents. */
import { code, codes, decimal, partialDate, slug, text, yesNo } from './columns.ts';
import { localisationColumn, locatorOrReason, noteExplainsDoubt, provenanceColumns } from './common.ts';
import { defineDataset, type RowOf } from './dataset.ts';
import { SECTORS } from '../lib/codes/common.ts';
import { AMOUNT_UNITS, MEASURE_TYPES } from '../lib/codes/mesures.ts';

export const mesuresDataset = defineDataset({
  slug: 'mesures',
  title: 'Mesures',
  description:
    'Les mesures qui ont accordé les 183 € nets (ou leur équivalent) à une partie des personnels, secteur par secteur, avec leur date d’effet, leur montant tel que les textes l’écrivent, leur base juridique, ce qu’elles couvrent et ce qu’elles excluent ; plus les décisions qui ont confirmé des exclusions.',
  columns: {
    /** Stable identifier, used in metiers.csv. */
    id: slug({ description: 'Identifiant stable, utilisé dans metiers.csv (mesure_ids).', example: 'segur-fph-2020' }),
    /** Name. */
    nom: text({ description: 'Nom de la mesure.', example: 'CTI Ségur, fonction publique hospitalière' }),
    /** Kind of text. */
    type: code(MEASURE_TYPES, { description: 'Nature du texte qui porte la mesure.', example: 'decret' }),
    /** Date of the agreement or text. */
    date_accord: partialDate({
      required: false,
      description: 'Date de l’accord, du texte ou de la décision.',
      example: '2020-07-13',
    }),
    /** First month due. */
    date_effet: partialDate({ required: false, description: 'Premier mois dû (date d’effet).', example: '2020-09' }),
    /** Amount as the texts state it. */
    montant: decimal({
      required: false,
      description: 'Montant tel que les textes l’écrivent (voir unite_montant).',
      example: '49',
    }),
    /** Unit of the amount. */
    unite_montant: code(AMOUNT_UNITS, {
      required: false,
      description: 'Unité du montant : points_indice (majoré), eur_brut_mensuel, eur_net_mensuel ou pourcentage.',
      example: 'points_indice',
    }),
    /** Legal basis. */
    base_juridique: text({
      description: 'Base juridique (lois, décrets, accords, arrêtés).',
      example: 'Décret n° 2020-1152 du 19 septembre 2020',
    }),
    /** Sectors. */
    secteurs: codes(SECTORS, {
      required: true,
      description: 'Secteurs : fph, fpt, fpe, prive_non_lucratif, prive_lucratif.',
      example: 'fph',
    }),
    /** Establishments. */
    etablissements: text({
      description: 'Établissements concernés, en clair.',
      example: 'Hôpitaux publics, GCS, EHPAD publics',
    }),
    /** Who is covered. */
    professions_couvertes: text({
      description: 'Professions ou filières couvertes.',
      example: 'Tous les personnels non médicaux',
    }),
    /** Who is explicitly excluded. */
    exclus_explicites: text({
      required: false,
      description: 'Personnels explicitement exclus.',
      example: 'Médecins, pharmaciens, chirurgiens-dentistes',
    }),
    /** Not a Ségur measure. */
    hors_segur: yesNo({
      description:
        '« oui » pour une mesure qui n’est pas une revalorisation Ségur (ex. avenant 43 de l’aide à domicile).',
      example: 'non',
    }),
    localisation: localisationColumn,
    ...provenanceColumns,
  },
  rules: [
    {
      column: 'unite_montant',
      expected: 'une unité si et seulement si un montant est donné',
      test: (row) => (row.montant === null) === (row.unite_montant === null),
    },
    locatorOrReason(),
    noteExplainsDoubt(),
  ],
  references: [{ column: 'source_ids', dataset: 'sources' }],
  rowLabel: (row) => row.nom,
});

/** A typed row of mesures.csv. */
export type MesureRow = RowOf<typeof mesuresDataset.columns>;
