/** data/sources.csv — every document the site cites. */
import { code, partialDate, slug, text, url, yesNo } from './columns.ts';
import { defineDataset, type RowOf } from './dataset.ts';
import { SOURCE_TYPES } from '../lib/codes/sources.ts';

export const sourcesDataset = defineDataset({
  slug: 'sources',
  title: 'Sources',
  description:
    'Tous les documents cités par l’observatoire : textes officiels, décisions, questions parlementaires, rapports, communiqués, articles et enquêtes. Chaque ligne des autres jeux de données renvoie à une ou plusieurs de ces sources.',
  columns: {
    /** Stable identifier, used in every `source_ids` cell. */
    id: slug({
      description: 'Identifiant stable de la source, utilisé dans les colonnes source_ids.',
      example: 'an-qe-1917-liso-2022',
    }),
    /** Short title. */
    titre: text({ description: 'Titre court du document.', example: 'Question écrite n° 1917 et réponse du ministre' }),
    /** Publisher or author. */
    editeur: text({
      description: 'Éditeur ou auteur (institution, média, organisation).',
      example: 'Assemblée nationale',
    }),
    /** Publication date at its known precision. */
    date_publication: partialDate({
      required: false,
      description: 'Date de publication (AAAA, AAAA-MM ou AAAA-MM-JJ) ; vide si inconnue.',
      example: '2022-12-20',
    }),
    /** Whether the date was deduced rather than read. */
    date_deduite: yesNo({
      description:
        '« oui » si la date est déduite (du contexte, de l’adresse, d’une autre source) et non lue telle quelle.',
      example: 'non',
    }),
    /** Public address. */
    url: url({
      required: false,
      description: 'Adresse publique du document ; vide seulement si une référence officielle est donnée.',
      example: 'https://questions.assemblee-nationale.fr/q16/16-1917QE.htm',
    }),
    /** Official reference (JO, number, NOR). */
    reference: text({
      required: false,
      description: 'Référence officielle (numéro, Journal officiel, NOR) quand elle existe.',
      example: 'Question écrite n° 1917, JO du 4 octobre 2022',
    }),
    /** Kind of document. */
    type: code(SOURCE_TYPES, { description: 'Nature du document.', example: 'question_parlementaire' }),
    /** Free remarks. */
    note: text({
      required: false,
      description: 'Remarque (document d’amorce, copie consultée, ce que la source étaye).',
      example: 'Document d’amorce 001_e4a2e897d77d4a65.txt.',
    }),
  },
  rules: [
    {
      column: 'url',
      expected: 'une adresse, ou à défaut une référence officielle dans la colonne reference',
      test: (row) => row.url !== null || row.reference !== null,
    },
  ],
  references: [],
  rowLabel: (row) => row.titre,
});

/** A typed row of sources.csv. */
export type SourceRow = RowOf<typeof sourcesDataset.columns>;
