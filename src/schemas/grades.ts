/** data/grades.csv — official grades, corps, cadres d'emplois and convention job titles, each mapped to a profession. */
import { code, codes, references, slug, text, textList } from './columns.ts';
import { defineDataset, type RowOf } from './dataset.ts';
import { GRADE_FAMILIES, GRADE_TYPES, SCOPE_CODES } from '../lib/codes/metiers.ts';

export const gradesDataset = defineDataset({
  slug: 'grades',
  title: 'Grades et intitulés',
  description:
    'Les corps et grades de la fonction publique hospitalière et de l’État, les cadres d’emplois territoriaux et les emplois des conventions collectives (51, 66, aide à domicile), tels que les gens les tapent, chacun rattaché à un métier de metiers.csv. Dans la fonction publique, c’est le corps qui ouvre le droit : un grade peut ajouter des codes de règle ou désigner l’employeur.',
  columns: {
    /** Stable identifier. */
    id: slug({ description: 'Identifiant stable.', example: 'ouvrier-principal-fph' }),
    /** Official title. */
    intitule: text({ description: 'Intitulé officiel.', example: 'Ouvrier principal' }),
    /** What people type. */
    variantes: textList({
      description: 'Autres façons de l’écrire, séparées par « ; ».',
      example: 'OP;ouvrier principal de 2e classe',
    }),
    /** Where the title comes from. */
    famille: code(GRADE_FAMILIES, {
      description:
        'fph, fpt, fpe (corps, grades, cadres d’emplois), ccn66, ccn51, bad (emplois des conventions collectives), tous (intitulé courant).',
      example: 'fph',
    }),
    /** Kind. */
    type: code(GRADE_TYPES, {
      description: 'corps, cadre_emplois, emploi_conventionnel ou intitule_courant.',
      example: 'corps',
    }),
    /** Profession. */
    metier_id: references({
      dataset: 'metiers',
      description: 'Le métier auquel l’intitulé se rattache (data/metiers.csv) : un seul identifiant.',
      example: 'agent-entretien',
    }),
    /** Rule codes of the grade. */
    portee: codes(SCOPE_CODES, {
      required: false,
      description: 'Codes de règle que le grade ajoute à ceux du métier (par exemple un corps nommé par une règle).',
      example: 'corps:adjoints_techniques_justice',
    }),
    /** Contexts the grade names. */
    contextes: references({
      required: false,
      dataset: 'contextes',
      description: 'Contextes d’emploi que le grade désigne à lui seul (un corps propre à un ministère), s’il y en a.',
      example: 'fpe-spip',
    }),
    /** Remark. */
    note: text({
      required: false,
      description: 'Règle utile et source, sous la forme [@identifiant].',
      example: 'Filière exclue dans un établissement public autonome.',
    }),
  },
  rules: [
    {
      column: 'metier_id',
      expected: 'un seul identifiant de métier',
      test: (row) => row.metier_id.length === 1,
    },
  ],
  references: [
    { column: 'metier_id', dataset: 'metiers' },
    { column: 'contextes', dataset: 'contextes' },
  ],
  rowLabel: (row) => row.intitule,
});

/** A typed row of grades.csv. */
export type GradeRow = RowOf<typeof gradesDataset.columns>;
