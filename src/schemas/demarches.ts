/**
 * data/demarches.csv — what to do next when a measure is owed but not paid,
 * sector by sector: whom to ask, in which order, and why it matters.
 */
import { codes, integer, slug, text } from './columns.ts';
import { noteExplainsDoubt, provenanceColumns } from './common.ts';
import { SECTORS } from '../lib/codes/common.ts';
import { defineDataset } from './dataset.ts';

export const demarchesDataset = defineDataset({
  slug: 'demarches',
  title: 'Démarches',
  description:
    'Que faire quand une mesure est due mais pas versée, secteur par secteur : à qui s’adresser (employeur, représentants du personnel, syndicats, inspection du travail, conseil de prud’hommes ; recours gracieux, médiation, tribunal administratif), dans quel ordre, et ce que chaque démarche change.',
  columns: {
    /** Stable identifier. */
    id: slug({ description: 'Identifiant stable de l’étape.', example: 'public-1-demande' }),
    /** Sectors. */
    secteurs: codes(SECTORS, {
      required: true,
      description: 'Secteurs où l’étape s’applique : fph, fpt, fpe, prive_non_lucratif, prive_lucratif.',
      example: 'fph;fpt;fpe',
    }),
    /** Order of the step. */
    ordre: integer({
      description: 'Rang de l’étape dans le parcours (1, 2, 3…) ; 0 pour un rappel valable à toutes les étapes.',
      example: '1',
    }),
    /** The step, in a few words. */
    etape: text({ description: 'L’étape, en quelques mots.', example: 'Demander par écrit à l’employeur' }),
    /** Whom to ask. */
    interlocuteur: text({
      description: 'À qui s’adresser.',
      example: 'Direction des ressources humaines de l’hôpital, de la collectivité ou du service',
    }),
    /** What to do. */
    action: text({
      description: 'Ce qu’il faut faire.',
      example: 'Adresser une demande écrite de versement et des rappels, en citant le texte applicable.',
    }),
    /** Why it matters. */
    explication: text({
      required: false,
      description: 'Pourquoi cette étape compte, ce qu’elle change.',
      example: 'Cette réclamation écrite interrompt la prescription quadriennale.',
    }),
    /** Legal basis. */
    localisation: text({
      required: false,
      description: 'Texte ou document qui fonde l’étape.',
      example: 'Loi n° 68-1250, art. 2',
    }),
    ...provenanceColumns,
  },
  rules: [noteExplainsDoubt()],
  references: [{ column: 'source_ids', dataset: 'sources' }],
  rowLabel: (row) => `${row.etape} — ${row.interlocuteur}`,
});
