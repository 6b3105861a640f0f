/** data/metiers.csv — one profession in one workplace context, and whether it gets the 183 €. */
import { code, codes, partialDate, references, slug, text, textList } from './columns.ts';
import { noteExplainsDoubt, provenanceColumns } from './common.ts';
import { defineDataset, type RowOf } from './dataset.ts';
import { FILIERES, SECTORS } from '../lib/codes/common.ts';
import { ATTACHMENTS, PLACES, VERDICTS } from '../lib/codes/metiers.ts';

export const metiersDataset = defineDataset({
  slug: 'metiers',
  title: 'Métiers',
  description:
    'Pour chaque métier dans chaque contexte de travail (secteur, type d’établissement), la réponse à « touche-t-on les 183 € ? » : oui, non ou selon le cas, par quelle mesure, depuis quand, pour quel montant, et pourquoi.',
  columns: {
    /** Stable identifier of the row. */
    id: slug({
      description: 'Identifiant stable de la ligne (métier × contexte).',
      example: 'aide-soignant-fph-hopital',
    }),
    /** Profession slug, one page per value. */
    metier: slug({
      description: 'Identifiant du métier, commun à toutes ses lignes ; une page par métier.',
      example: 'aide-soignant',
    }),
    /** Profession label. */
    profession: text({
      description: 'Intitulé du métier, identique sur toutes les lignes du même métier.',
      example: 'Aide-soignant ou aide-soignante',
    }),
    /** What people type. */
    variantes: textList({
      description: 'Ce que les gens tapent : formes féminines et inclusives, sigles, synonymes, séparés par « ; ».',
      example: 'aide-soignante;AS;ASD',
    }),
    /** Track. */
    filiere: code(FILIERES, { description: 'Filière du métier.', example: 'soignante' }),
    /** Sector(s). */
    secteur: codes(SECTORS, {
      required: true,
      description: 'Secteur(s) d’emploi : fph, fpt, fpe, prive_non_lucratif, prive_lucratif.',
      example: 'fph',
    }),
    /** Establishment code. */
    etablissement: code(PLACES, { description: 'Type d’établissement ou de service.', example: 'hopital' }),
    /** Public ESMS: attached or autonomous. */
    rattachement: code(ATTACHMENTS, {
      required: false,
      description:
        'Pour un établissement social ou médico-social public : rattache (à un hôpital ou à un établissement gérant un EHPAD) ou autonome ; vide sinon.',
      example: 'autonome',
    }),
    /** Workplace in plain words. */
    etablissement_detail: text({ description: 'Lieu de travail en clair.', example: 'Hôpital public (CH, CHU)' }),
    /** The answer. */
    verdict: code(VERDICTS, { description: 'Réponse à ce jour : oui, non ou selon_cas.', example: 'oui' }),
    /** Measures that apply. */
    mesure_ids: references({
      required: false,
      dataset: 'mesures',
      description: 'Mesures qui s’appliquent (data/mesures.csv), séparées par « ; ».',
      example: 'segur-fph-2020',
    }),
    /** First month due. */
    depuis: partialDate({
      required: false,
      description: 'Premier mois dû ; vide si la réponse est non.',
      example: '2020-09',
    }),
    /** Amount as the texts state it. */
    montant: text({
      required: false,
      description: 'Montant tel que les textes l’écrivent.',
      example: '49 points d’indice majoré (≈ 183 € net)',
    }),
    /** Why. */
    explication: text({
      description: 'Pourquoi : la raison d’un non, ce dont dépend un selon le cas.',
      example: 'Le complément de traitement indiciaire vaut pour tous les personnels non médicaux de l’hôpital public.',
    }),
    ...provenanceColumns,
  },
  rules: [
    {
      column: 'depuis',
      expected: 'une cellule vide quand le verdict est « non »',
      test: (row) => row.verdict !== 'non' || row.depuis === null,
    },
    {
      column: 'mesure_ids',
      expected: 'au moins une mesure quand le verdict est « oui »',
      test: (row) => row.verdict !== 'oui' || row.mesure_ids.length > 0,
    },
    noteExplainsDoubt(),
  ],
  references: [
    { column: 'mesure_ids', dataset: 'mesures' },
    { column: 'source_ids', dataset: 'sources' },
  ],
  rowLabel: (row) => `${row.profession} — ${row.etablissement_detail}`,
});

/** A typed row of metiers.csv. */
export type MetierRow = RowOf<typeof metiersDataset.columns>;
