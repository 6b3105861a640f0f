/**
 * data/delais.csv — the time limits a worker owed money must know: how long a
 * claim for unpaid pay stays possible (private law, public law) and how long
 * one has to contest a refusal. The calculator of /metiers/ dates the
 * time-barred months from the `prescription` rows.
 */
import { code, codes, integer, slug, text, yesNo } from './columns.ts';
import { noteExplainsDoubt, provenanceColumns } from './common.ts';
import { SECTORS } from '../lib/codes/common.ts';
import { defineDataset } from './dataset.ts';
import { DELAI_KINDS, DELAI_STARTS, DURATION_UNITS, PRESCRIPTION_STARTS } from '../lib/codes/delais.ts';

export const delaisDataset = defineDataset({
  slug: 'delais',
  title: 'Délais',
  description:
    'Les délais à connaître pour réclamer une rémunération non versée : prescription des salaires dans le privé (trois ans), prescription quadriennale des créances sur les personnes publiques, délais pour contester un refus de l’administration ; avec leur point de départ, ce qui les interrompt et leurs sources.',
  columns: {
    /** Stable identifier. */
    id: slug({ description: 'Identifiant stable du délai.', example: 'public-prescription-quadriennale' }),
    /** What the limit is about. */
    nature: code(DELAI_KINDS, {
      description:
        'prescription : délai pour réclamer des sommes dues ; recours : délai pour contester une décision devant le juge.',
      example: 'prescription',
    }),
    /** Sectors. */
    secteurs: codes(SECTORS, {
      required: true,
      description: 'Secteurs où le délai s’applique : fph, fpt, fpe, prive_non_lucratif, prive_lucratif.',
      example: 'fph;fpt;fpe',
    }),
    /** The rule in plain words. */
    regle: text({
      description: 'La règle, en clair.',
      example: 'Prescription quadriennale des créances sur les personnes publiques',
    }),
    /** Duration. */
    duree: integer({ description: 'Durée du délai (voir unite_duree).', example: '4' }),
    /** Unit of the duration. */
    unite_duree: code(DURATION_UNITS, { description: 'Unité de la durée : ans ou mois.', example: 'ans' }),
    /** When the time starts. */
    depart: code(DELAI_STARTS, {
      description:
        'Point de départ, sous forme de code : paie_du_mois (date habituelle de paie de chaque mois), annee_suivante (1er janvier de l’année qui suit celle au titre de laquelle la somme était due) ou decision (notification de la décision contestée).',
      example: 'annee_suivante',
    }),
    /** The start, in plain words. */
    depart_detail: text({
      description: 'Point de départ expliqué en clair, avec ses nuances.',
      example: 'Le 1er janvier de l’année qui suit celle au titre de laquelle le service aurait dû être payé.',
    }),
    /** What interrupts or suspends it. */
    interruption: text({
      description: 'Ce qui interrompt ou suspend le délai.',
      example: 'Toute réclamation écrite à l’administration sur la créance interrompt la prescription.',
    }),
    /** The act that stops the time, as a sentence can use it. */
    interrompu_par: text({
      description:
        'L’acte qui interrompt le délai, en quelques mots qu’une phrase peut reprendre (« sauf … d’ici là »).',
      example: 'une réclamation écrite à l’employeur',
    }),
    /** Whether a letter to the employer stops a limitation period. */
    lettre_interrompt: yesNo({
      description:
        'Pour une prescription : « oui » si une lettre de réclamation à l’employeur l’interrompt (la lettre type le dit alors), « non » sinon.',
      example: 'oui',
    }),
    /** A worked example. */
    exemple: text({
      required: false,
      description: 'Un exemple daté.',
      example: 'CTI dû pour les mois de 2022 : prescrit le 31 décembre 2026 sans réclamation écrite.',
    }),
    /** Short legal reference, as a letter would cite it. */
    base_juridique: text({
      required: false,
      description:
        'Référence courte du texte qui fixe le délai, telle qu’une lettre la cite ; obligatoire pour une prescription.',
      example: 'loi n° 68-1250 du 31 décembre 1968',
    }),
    /** Full references. */
    localisation: text({
      description: 'Articles et décisions qui fondent la règle.',
      example: 'Loi n° 68-1250 du 31 décembre 1968, art. 1er et 2 ; CE, 13 février 2012',
    }),
    ...provenanceColumns,
  },
  rules: [
    {
      column: 'depart',
      expected:
        'pour une prescription, un point de départ paie_du_mois ou annee_suivante (durée en ans) ; pour un recours, decision',
      test: (row) =>
        row.nature === 'prescription'
          ? PRESCRIPTION_STARTS.includes(row.depart) && row.unite_duree === 'ans'
          : row.depart === 'decision',
    },
    {
      column: 'base_juridique',
      expected: 'la référence du texte qui fixe une prescription',
      test: (row) => row.nature !== 'prescription' || row.base_juridique !== null,
    },
    {
      column: 'lettre_interrompt',
      expected: '« non » pour un délai de recours (la lettre à l’employeur ne concerne que la prescription)',
      test: (row) => row.nature === 'prescription' || !row.lettre_interrompt,
    },
    {
      column: 'duree',
      expected: 'une durée d’au moins 1',
      test: (row) => row.duree >= 1,
    },
    noteExplainsDoubt(),
  ],
  references: [{ column: 'source_ids', dataset: 'sources' }],
  rowLabel: (row) => row.regle,
});
