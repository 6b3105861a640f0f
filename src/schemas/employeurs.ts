/** data/employeurs.csv — employers and kinds of establishment as people name them, and the contexts they point to. */
import { code, codes, references, slug, text, textList } from './columns.ts';
import { defineDataset, type RowOf } from './dataset.ts';
import { FUNDINGS, PLACES, EMPLOYER_SECTORS } from '../lib/codes/metiers.ts';

export const employeursDataset = defineDataset({
  slug: 'employeurs',
  title: 'Employeurs et établissements',
  description:
    'Les employeurs et types d’établissements tels qu’on les tape (CAF, mission locale, ADMR, Croix-Rouge, MAS, MECS, crèche municipale…) et ce qu’ils disent du contexte d’emploi : des contextes précis, ou un type de lieu, un secteur et un financeur qui, combinés aux autres mots de la recherche, désignent les contextes possibles.',
  columns: {
    /** Stable identifier. */
    id: slug({ description: 'Identifiant stable.', example: 'caisse-d-allocations-familiales-caf' }),
    /** Name. */
    nom: text({
      description: 'Nom de l’employeur ou du type d’établissement.',
      example: 'Caisse d’allocations familiales (CAF)',
    }),
    /** What people type. */
    variantes: textList({
      required: true,
      description: 'Ce que les gens tapent, séparé par « ; ».',
      example: 'CAF;caisse d’allocations familiales',
    }),
    /** Contexts. */
    contexte_ids: references({
      required: false,
      dataset: 'contextes',
      description: 'Contextes que le nom désigne à lui seul (data/contextes.csv), s’il y en a.',
      example: 'secu-organismes',
    }),
    /** Kinds of workplace. */
    lieux: codes(PLACES, {
      required: false,
      description: 'Types de lieux que le nom désigne.',
      example: 'esms_handicap',
    }),
    /** Sectors. */
    secteurs: codes(EMPLOYER_SECTORS, {
      required: false,
      description: 'Secteurs que le nom désigne.',
      example: 'prive_non_lucratif',
    }),
    /** Usual funder. */
    financement: code(FUNDINGS, {
      required: false,
      description:
        'Financeur habituel de ce type d’établissement, qui sépare des contextes (MAS : Assurance maladie ; foyer de vie : département).',
      example: 'assurance_maladie',
    }),
    /** Remark. */
    note: text({
      required: false,
      description: 'Précision pour le lecteur ; sources sous la forme [@identifiant].',
      example: '',
    }),
  },
  rules: [
    {
      column: 'contexte_ids',
      expected: 'des contextes ou au moins un lieu',
      test: (row) => row.contexte_ids.length > 0 || row.lieux.length > 0,
    },
  ],
  references: [{ column: 'contexte_ids', dataset: 'contextes' }],
  rowLabel: (row) => row.nom,
});

/** A typed row of employeurs.csv. */
export type EmployeurRow = RowOf<typeof employeursDataset.columns>;
