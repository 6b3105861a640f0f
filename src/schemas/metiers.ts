/**
 * data/metiers.csv — the catalogue of professions: one row per profession
 * (one page /metiers/<id>/), what rules it falls under, and where it is
 * usually employed. The answers come from regles.csv, per context.
 */
import { code, codes, references, slug, text, textList } from './columns.ts';
import { defineDataset, type RowOf } from './dataset.ts';
import { FILIERES } from '../lib/codes/common.ts';
import { SCOPE_CODES } from '../lib/codes/metiers.ts';

export const metiersDataset = defineDataset({
  slug: 'metiers',
  title: 'Métiers',
  description:
    'Le catalogue des métiers de « Suis-je concerné ? » : intitulé, filière, fonctions et corps qui font entrer le métier dans les règles (regles.csv), contextes d’emploi habituels, et ce que les gens tapent. La réponse pour un métier dans un contexte est celle de la règle la plus précise du contexte qui le vise.',
  columns: {
    /** Stable identifier; one page per profession. */
    id: slug({ description: 'Identifiant du métier ; une page /metiers/<id>/ par métier.', example: 'aide-soignant' }),
    /** Label. */
    libelle: text({ description: 'Intitulé du métier.', example: 'Aide-soignant ou aide-soignante' }),
    /** Track. */
    filiere: code(FILIERES, {
      description: 'Filière du métier : soignante, socio_educative, administrative, technique, medicale, encadrement.',
      example: 'soignante',
    }),
    /** Rule codes. */
    portee: codes(SCOPE_CODES, {
      required: false,
      description:
        'Fonctions, corps et autres filières qui font entrer le métier dans des règles précises (mêmes codes que la portée des règles), séparés par « ; ». La filière du métier compte toujours.',
      example: 'corps:socio_educatif;fonction:socio_educative_2022',
    }),
    /** Another status in the public services. */
    portee_fonction_publique: codes(SCOPE_CODES, {
      required: false,
      description:
        'Dans la fonction publique, où c’est le corps qui compte : autre appartenance possible pour les personnes de ce métier (par exemple un moniteur d’atelier recruté sur un grade d’ouvrier). Si les règles lui donnent une autre réponse, la réponse devient « selon le cas ».',
      example: 'filiere:technique;corps:ouvriers_et_techniques',
    }),
    /** Usual contexts. */
    contextes: references({
      dataset: 'contextes',
      description:
        'Contextes d’emploi habituels du métier (data/contextes.csv) : quand la recherche ne dit rien de l’employeur, la réponse porte sur eux ; un autre contexte compte dès qu’on le nomme.',
      example: 'fph-hopital;fph-ehpad',
    }),
    /** What people type. */
    variantes: textList({
      description: 'Ce que les gens tapent : formes féminines et inclusives, sigles, synonymes, séparés par « ; ».',
      example: 'aide-soignante;AS;ASD',
    }),
    /** Description. */
    description: text({
      description: 'Le métier en une phrase.',
      example: 'Assure les soins d’hygiène et de confort.',
    }),
    /** Remark. */
    note: text({
      required: false,
      description:
        'Précisions pour le lecteur (sigles ambigus, métiers voisins) ; sources citées sous la forme [@identifiant].',
      example: '« AS » désigne aussi l’assistant de service social.',
    }),
  },
  rules: [
    {
      column: 'portee',
      expected: 'des codes précis (« tous » n’a pas de sens pour un métier)',
      test: (row) => !row.portee.includes('tous') && !row.portee_fonction_publique.includes('tous'),
    },
  ],
  references: [{ column: 'contextes', dataset: 'contextes' }],
  rowLabel: (row) => row.libelle,
});

/** A typed row of metiers.csv. */
export type MetierRow = RowOf<typeof metiersDataset.columns>;
