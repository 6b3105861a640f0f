/** data/contextes.csv — the employers and workplaces the answer tells apart; rules (regles.csv) are stated per context. */
import { code, codes, slug, text, textList } from './columns.ts';
import { defineDataset, type RowOf } from './dataset.ts';
import {
  CONTEXT_ATTACHMENTS,
  CONTEXT_NATURES,
  EMPLOYER_TYPES,
  FUNDINGS,
  PLACES,
  EMPLOYER_SECTORS,
} from '../lib/codes/metiers.ts';

export const contextesDataset = defineDataset({
  slug: 'contextes',
  title: 'Contextes d’emploi',
  description:
    'Les employeurs et lieux de travail que la réponse à « Suis-je concerné ? » doit distinguer (hôpital public, EHPAD public, établissement public autonome, association de la branche sanitaire et sociale, mission locale, CAF…) : secteur, type d’employeur, lieux, rattachement, financement, convention. Les règles de regles.csv sont énoncées une fois par contexte.',
  columns: {
    /** Stable identifier, used by regles.csv, metiers.csv, grades.csv and employeurs.csv. */
    id: slug({ description: 'Identifiant stable du contexte.', example: 'fph-hopital' }),
    /** Name. */
    libelle: text({ description: 'Nom du contexte, tel que le lecteur le lit.', example: 'Hôpital public' }),
    /** Employer, or a precision on top of one. */
    nature: code(CONTEXT_NATURES, {
      description:
        'employeur : un employeur ou un lieu de travail ; adhesion : précision sur un employeur associatif qui n’adhère à aucune organisation signataire ; interim : précision sur un salarié intérimaire. Une précision s’ajoute à un autre contexte et n’en est pas un à elle seule.',
      example: 'employeur',
    }),
    /** Sectors. */
    secteurs: codes(EMPLOYER_SECTORS, {
      required: true,
      description:
        'Secteur(s) de l’employeur : fph, fpt, fpe, prive_non_lucratif, prive_lucratif, organisme_securite_sociale, particulier_employeur, independant.',
      example: 'fph',
    }),
    /** Kind of employer. */
    type_employeur: code(EMPLOYER_TYPES, {
      description: 'Nature juridique de l’employeur (descriptif).',
      example: 'etablissement_public_sante',
    }),
    /** Kinds of workplace. */
    lieux: codes(PLACES, {
      required: false,
      description:
        'Types de lieux de travail du contexte : les mots d’une recherche (« MAS », « MECS », « crèche »…) désignent des lieux, et donc les contextes qui les comprennent. Vide pour une précision.',
      example: 'esms_handicap;protection_enfance',
    }),
    /** Attachment of a public social or médico-social establishment. */
    rattachement: code(CONTEXT_ATTACHMENTS, {
      description:
        'Pour un établissement social ou médico-social public : rattache_hopital (à un hôpital public), rattache_gestionnaire_ehpad (géré par un établissement public qui gère aussi un EHPAD), autonome, autonome_ou_rattache ; sans_objet sinon.',
      example: 'sans_objet',
    }),
    /** Main funder. */
    financement: code(FUNDINGS, {
      description:
        'Financeur principal : assurance_maladie, departement, departement_ou_etat, etat, mixte, variable, commune, cnaf, securite_sociale, particulier, etat_et_collectivites, sans_objet. Quand c’est le département, son financement peut décider du versement.',
      example: 'assurance_maladie',
    }),
    /** Establishments in plain words. */
    etablissements: text({
      description: 'Les établissements et services du contexte, en clair.',
      example: 'Centres hospitaliers, CHU, établissements psychiatriques publics',
    }),
    /** Statute or collective agreement. */
    convention: text({
      description: 'Statut ou convention collective des personnels.',
      example: 'Statut de la fonction publique hospitalière',
    }),
    /** What people type. */
    exemples_saisis: textList({
      description: 'Ce que les gens tapent pour désigner l’employeur, séparé par « ; » (exemples montrés au lecteur).',
      example: 'CHU;centre hospitalier;hôpital public',
    }),
    /** Remark for the reader. */
    note: text({
      required: false,
      description: 'Précision pour le lecteur ; les sources sont citées sous la forme [@identifiant].',
      example: 'Les établissements médico-sociaux gérés par l’hôpital forment un contexte distinct.',
    }),
  },
  rules: [
    {
      column: 'lieux',
      expected: 'au moins un lieu pour un contexte de nature « employeur »',
      test: (row) => row.nature !== 'employeur' || row.lieux.length > 0,
    },
  ],
  references: [],
  rowLabel: (row) => row.libelle,
});

/** A typed row of contextes.csv. */
export type ContexteRow = RowOf<typeof contextesDataset.columns>;
