/**
 * data/regles.csv — who, in one context, gets which measure since when, and
 * why: a rule that covers all staff of a context is stated once, with its
 * exceptions, and applies to every profession.
 */
import { code, codes, partialDate, references, slug, text } from './columns.ts';
import { noteExplainsDoubt, provenanceColumns } from './common.ts';
import { defineDataset, type RowOf } from './dataset.ts';
import { SCOPE_CODES, VERDICTS } from '../lib/codes/metiers.ts';
import { firstSentence } from '../lib/format.ts';
import { withoutCitations } from '../lib/inline-citations.ts';

export const reglesDataset = defineDataset({
  slug: 'regles',
  title: 'Règles d’éligibilité',
  description:
    'Les règles de « Suis-je concerné ? » : dans un contexte d’emploi, qui est couvert (tous, une filière, une fonction ou un corps, avec des exceptions), par quelle mesure, depuis quand, pour quel montant, et pourquoi. Une règle « tous » vaut pour chaque métier du contexte sauf ses exceptions ; une règle plus précise (fonction ou corps, puis filière) l’emporte sur une plus générale.',
  columns: {
    /** Stable identifier. */
    id: slug({ description: 'Identifiant stable de la règle.', example: 'fph-hopital-tous' }),
    /** Context. */
    contexte_id: references({
      dataset: 'contextes',
      description: 'Le contexte d’emploi de la règle (data/contextes.csv) : un seul identifiant.',
      example: 'fph-hopital',
    }),
    /** Who is covered. */
    portee: codes(SCOPE_CODES, {
      required: true,
      description:
        'Qui la règle vise : tous, filiere:<filière>, fonction:<fonction> ou corps:<corps>, plusieurs séparés par « ; ». Les métiers de metiers.csv et les grades de grades.csv portent les mêmes codes.',
      example: 'filiere:soignante',
    }),
    /** Who is covered, in plain words. */
    portee_detail: text({
      required: false,
      description: 'La portée en clair, pour le lecteur (liste des fonctions ou des corps visés).',
      example: 'aides-soignants, infirmiers, AES…',
    }),
    /** Who is taken out. */
    exceptions: codes(SCOPE_CODES, {
      required: false,
      description:
        'Qui la règle écarte (mêmes codes que portee) ; l’exception a en général sa propre règle, sinon elle n’est pas couverte par la mesure.',
      example: 'filiere:medicale',
    }),
    /** Exceptions in plain words. */
    exceptions_detail: text({
      required: false,
      description: 'Les exceptions en clair.',
      example: 'médecins, pharmaciens, chirurgiens-dentistes',
    }),
    /** The answer. */
    verdict: code(VERDICTS, {
      description: 'oui, non ou selon_cas (l’explication dit alors de quoi la réponse dépend).',
      example: 'oui',
    }),
    /** Measures. */
    mesure_ids: references({
      required: false,
      dataset: 'mesures',
      description:
        'Mesures en cause (data/mesures.csv) ; pour un « non », la mesure hors Ségur accordée à la place ou la décision qui fonde le refus.',
      example: 'segur-fph-2020',
    }),
    /** First month due. */
    depuis: partialDate({
      required: false,
      description: 'Premier mois dû (AAAA-MM) ; vide si « non ».',
      example: '2020-09',
    }),
    /** Amount. */
    montant: text({
      required: false,
      description: 'Montant tel que le lecteur doit le lire, avec sa valeur actuelle.',
      example: '49 points d’indice majoré par mois',
    }),
    /** Why. */
    explication: text({
      description: 'Pourquoi : la raison d’un non, ce dont dépend un selon le cas.',
      example: 'À l’hôpital public, tout le personnel non médical touche le CTI.',
    }),
    /** Where the texts say it. */
    localisation: text({
      required: false,
      description: 'Article, annexe ou date du texte qui porte la règle.',
      example: 'Loi n° 2020-1576, art. 48',
    }),
    ...provenanceColumns,
  },
  rules: [
    {
      column: 'contexte_id',
      expected: 'un seul identifiant de contexte',
      test: (row) => row.contexte_id.length === 1,
    },
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
    {
      column: 'exceptions',
      expected: 'des exceptions seulement pour une règle dont la portée est plus large qu’elles',
      test: (row) => row.exceptions.every((exception) => !row.portee.includes(exception)),
    },
    noteExplainsDoubt(),
  ],
  references: [
    { column: 'contexte_id', dataset: 'contextes' },
    { column: 'mesure_ids', dataset: 'mesures' },
    { column: 'source_ids', dataset: 'sources' },
  ],
  rowLabel: (row) => firstSentence(withoutCitations(row.explication)),
});

/** A typed row of regles.csv. */
export type RegleRow = RowOf<typeof reglesDataset.columns>;
