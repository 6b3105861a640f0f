/** data/contrats.csv — what the kind of contract and the working time do to the answer, sector by sector. */
import { code, codes, slug, text } from './columns.ts';
import { noteExplainsDoubt, provenanceColumns } from './common.ts';
import { defineDataset, type RowOf } from './dataset.ts';
import { CONTRACT_EFFECTS, CONTRACT_KINDS, EMPLOYER_SECTORS } from '../lib/codes/metiers.ts';

export const contratsDataset = defineDataset({
  slug: 'contrats',
  title: 'Contrats et temps de travail',
  description:
    'L’effet du type de contrat (titulaire, stagiaire, contractuel, apprenti, contrat aidé, intérimaire, étudiant en stage, bénévole…) et du temps de travail sur la réponse, secteur par secteur : comme un titulaire, exclu, selon le cas, ou au prorata.',
  columns: {
    /** Stable identifier. */
    id: slug({ description: 'Identifiant stable.', example: 'apprenti-public' }),
    /** Contract in plain words. */
    contrat: text({
      description: 'Le contrat ou la situation, en clair.',
      example: 'Apprenti chez un employeur public',
    }),
    /** Kind. */
    genre: code(CONTRACT_KINDS, {
      description:
        'Genre de contrat, tel que la recherche le reconnaît : titulaire, fonctionnaire_stagiaire, contractuel, apprenti, contrat_aide, interimaire, etudiant_stage, benevole, service_civique, temps_partiel, plusieurs_structures, decharge_syndicale, enseignant_contrat_simple, assistant_familial.',
      example: 'apprenti',
    }),
    /** Sectors. */
    secteurs: codes(EMPLOYER_SECTORS, {
      required: true,
      description: 'Secteurs où la ligne s’applique.',
      example: 'fph;fpt;fpe',
    }),
    /** Effect. */
    effet: code(CONTRACT_EFFECTS, {
      description:
        'comme_titulaire : la règle du contexte s’applique ; exclu : pas de mesure ; selon_cas : la réponse dépend d’autre chose ; prorata : la règle s’applique au prorata du temps de travail.',
      example: 'exclu',
    }),
    /** Why. */
    explication: text({
      description: 'Pourquoi, pour le lecteur.',
      example: 'Le contrat d’apprentissage est un contrat de droit privé.',
    }),
    /** Where the texts say it. */
    localisation: text({ required: false, description: 'Article ou texte.', example: 'Code du travail, art. L6221-1' }),
    ...provenanceColumns,
  },
  rules: [noteExplainsDoubt()],
  references: [{ column: 'source_ids', dataset: 'sources' }],
  rowLabel: (row) => row.contrat,
});

/** A typed row of contrats.csv. */
export type ContratRow = RowOf<typeof contratsDataset.columns>;
