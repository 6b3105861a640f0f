/** data/sources.csv — every document the site cites. */
import { code, partialDate, slug, text, url, yesNo } from './columns.ts';
import { defineDataset, type RowOf } from './dataset.ts';
import { OFFICIAL_TEXT_TYPES, SOURCE_TYPES, URL_ORIGINS, isOfficialAddress } from '../lib/codes/sources.ts';

/** How a note says why a law, decree, order or parliamentary question is not linked on an official site. */
const NO_OFFICIAL_ADDRESS = /\b(?:adresse|texte|question) officiel(?:le)?\b/i;

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
        '« oui » si la date est déduite (du contexte, de l’adresse, d’une autre source) plutôt que relevée telle quelle.',
      example: 'non',
    }),
    /** Public address. */
    url: url({
      required: false,
      description: 'Adresse publique du document ; vide seulement si une référence officielle est donnée.',
      example: 'https://questions.assemblee-nationale.fr/q16/16-1917QE.htm',
    }),
    /** How the address was obtained. */
    url_origine: code(URL_ORIGINS, {
      required: false,
      description:
        'Comment l’adresse a été obtenue : relevee (recopiée d’une page consultée ou d’une autre source), construite (d’après le modèle d’adresse du site officiel, page non consultée), normalisee (écriture corrigée, même site que la copie lue) ; vide sans adresse.',
      example: 'relevee',
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
      description:
        'Remarque pour le lecteur : ce qu’est le document, où le trouver, ce qu’il étaye ; une autre source y est citée par un renvoi balisé à son identifiant.',
      example: 'Réponse publiée le même jour que celle de la question n° 1917 [@an-qe-1917-liso-2022].',
    }),
  },
  rules: [
    {
      column: 'url',
      expected: 'une adresse, ou à défaut une référence officielle dans la colonne reference',
      test: (row) => row.url !== null || row.reference !== null,
    },
    {
      column: 'url_origine',
      expected: 'la façon dont l’adresse a été obtenue si et seulement si une adresse est donnée',
      test: (row) => (row.url === null) === (row.url_origine === null),
    },
    {
      column: 'url',
      expected:
        'pour une loi, un décret, un arrêté ou une question parlementaire, une adresse sur Légifrance, le Journal officiel, le site de l’Assemblée nationale ou du Sénat, ou une note qui dit pourquoi il n’y en a pas (« Adresse officielle non relevée : … », « Texte officiel : [@…] »)',
      test: (row) =>
        !OFFICIAL_TEXT_TYPES.includes(row.type) ||
        (row.url !== null && isOfficialAddress(row.url)) ||
        (row.note !== null && NO_OFFICIAL_ADDRESS.test(row.note)),
    },
  ],
  references: [],
  rowLabel: (row) => row.titre,
});

/** A typed row of sources.csv. */
export type SourceRow = RowOf<typeof sourcesDataset.columns>;
