/** data/evenements.csv — the timeline of the story, 2020 onwards. */
import { code, codes, decimal, integer, partialDate, slug, text, textList, yesNo } from './columns.ts';
import { noteExplainsDoubt, provenanceColumns } from './common.ts';
import { formatPartialDate } from '../lib/format.ts';
import { defineDataset, type RowOf } from './dataset.ts';
import { precisionOf } from '../lib/dates.ts';
import { FILIERES } from '../lib/codes/common.ts';
import { DATE_PRECISIONS, EVENT_SECTORS, EVENT_TYPES } from '../lib/codes/evenements.ts';

export const evenementsDataset = defineDataset({
  slug: 'evenements',
  title: 'Chronologie',
  description:
    'Les événements de l’histoire des exclus du Ségur depuis 2020 : accords, lois, décrets, arrêtés, annonces, rapports, décisions de justice, questions parlementaires et mobilisations, datés à leur précision connue.',
  columns: {
    /** Stable identifier, also the event's anchor on /chronologie/. */
    id: slug({
      description: 'Identifiant stable, utilisé comme ancre de l’événement sur la page Chronologie.',
      example: '2022-02-18-conference-des-metiers',
    }),
    /** Date at its known precision. */
    date: partialDate({ description: 'Date de l’événement (AAAA, AAAA-MM ou AAAA-MM-JJ).', example: '2022-02-18' }),
    /** Precision of the date, redundant with its form for readers of the file. */
    precision_date: code(DATE_PRECISIONS, {
      description: 'Précision de la date : jour, mois ou annee ; doit correspondre à la forme de la date.',
      example: 'jour',
    }),
    /** Short title. */
    titre: text({
      description: 'Titre court (90 caractères au plus).',
      example: 'Conférence des métiers de l’accompagnement social et médico-social',
    }),
    /** One to three sentences. */
    resume: text({
      description: 'Résumé en une à trois phrases.',
      example: 'Le gouvernement étend les 183 € à la filière socio-éducative à partir d’avril 2022.',
    }),
    /** Kind of event. */
    type: code(EVENT_TYPES, { description: 'Nature de l’événement.', example: 'annonce' }),
    /** Actors, canonical names. */
    acteurs: textList({
      required: true,
      description: 'Acteurs, noms courts normalisés, séparés par « ; ».',
      example: 'Gouvernement;Départements de France',
    }),
    /** Sectors concerned. */
    secteurs: codes(EVENT_SECTORS, {
      description: 'Secteurs concernés : public, prive_non_lucratif, prive_lucratif ; vide si non précisé.',
      example: 'public;prive_non_lucratif',
    }),
    /** Filières concerned. */
    filieres: codes(FILIERES, {
      description: 'Filières concernées, si l’événement en vise ; vide sinon.',
      example: 'socio_educative',
    }),
    /** Main amount in euros. */
    montant_eur: decimal({
      required: false,
      description: 'Montant principal en euros, s’il y en a un.',
      example: '540000000',
    }),
    /** Main head-count. */
    effectif: integer({
      required: false,
      description: 'Effectif principal (personnes ou ETP, voir le résumé), s’il y en a un.',
      example: '140000',
    }),
    /** Whether the event is a key milestone. */
    jalon: yesNo({
      description: '« oui » pour les jalons principaux, nommés sur le graphique de la chronologie.',
      example: 'oui',
    }),
    ...provenanceColumns,
    /** When the row was added or last corrected (not the event's date): the `updated` of its feed entry. */
    date_mise_a_jour: partialDate({
      description:
        'Date à laquelle la ligne a été ajoutée ou corrigée pour la dernière fois (AAAA-MM-JJ), distincte de la date de l’événement : toute modification d’une cellule de la ligne la remplace par la date de la modification, inscrite aussi dans changements.csv. C’est la date de mise à jour de l’entrée du flux Atom de la chronologie.',
      example: '2026-12-05',
    }),
  },
  rules: [
    {
      column: 'precision_date',
      expected:
        'la précision correspondant à la forme de la date (jour pour AAAA-MM-JJ, mois pour AAAA-MM, annee pour AAAA)',
      test: (row) => precisionOf(row.date) === row.precision_date,
    },
    {
      column: 'titre',
      expected: 'un titre de 90 caractères au plus',
      test: (row) => row.titre.length <= 90,
    },
    noteExplainsDoubt(),
    {
      column: 'date_mise_a_jour',
      expected: 'une date au jour près (AAAA-MM-JJ) : le jour où la ligne a été ajoutée ou corrigée',
      test: (row) => precisionOf(row.date_mise_a_jour) === 'jour',
    },
  ],
  references: [{ column: 'source_ids', dataset: 'sources' }],
  rowLabel: (row) => `${formatPartialDate(row.date)} — ${row.titre}`,
});

/** A typed row of evenements.csv. */
export type EvenementRow = RowOf<typeof evenementsDataset.columns>;
