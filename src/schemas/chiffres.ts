/** data/chiffres.csv — other figures worth charting: amounts, envelopes, arrears, surveys, turnouts. */
import { code, decimal, partialDate, partialPeriod, slug, text } from './columns.ts';
import { localisationColumn, locatorOrReason, noteExplainsDoubt, provenanceColumns } from './common.ts';
import { formatPartialDate } from '../lib/format.ts';
import { defineDataset, type RowOf } from './dataset.ts';
import { FIGURE_THEMES, FIGURE_UNITS } from '../lib/codes/chiffres.ts';

export const chiffresDataset = defineDataset({
  slug: 'chiffres',
  title: 'Chiffres',
  description:
    'Les autres chiffres du dossier : montants de la mesure par personne, enveloppes nationales, financements locaux, coûts et arriérés, résultats d’enquêtes (avec leur base de répondants), participation aux mobilisations et chiffres de contexte.',
  columns: {
    /** Stable identifier. */
    id: slug({ description: 'Identifiant stable du chiffre.', example: 'cti-net-mensuel-2020' }),
    /** Theme, for grouping. */
    theme: code(FIGURE_THEMES, { description: 'Thème, pour regrouper les chiffres.', example: 'montant_individuel' }),
    /** What is measured. */
    indicateur: text({ description: 'Ce qui est mesuré, en clair.', example: 'Hausse nette mensuelle du Ségur' }),
    /** Value. */
    valeur: decimal({ description: 'Valeur, en chiffres (« . » décimal).', example: '183' }),
    /** Unit. */
    unite: code(FIGURE_UNITS, { description: 'Unité de la valeur.', example: 'eur_par_mois_net' }),
    /** When the figure was published or announced. */
    date: partialDate({
      description: 'Date de publication ou d’annonce du chiffre (AAAA, AAAA-MM ou AAAA-MM-JJ).',
      example: '2020-07-13',
    }),
    /** The date or period the figure describes. */
    periode_reference: partialPeriod({
      required: false,
      description:
        'Date ou période que décrit le chiffre (« 2024 », « 2023-11/2024-02 ») ; vide quand les sources ne la disent pas.',
      example: '2020-12',
    }),
    /** Scope. */
    perimetre: text({
      description: 'Périmètre en clair.',
      example: 'Personnels non médicaux des hôpitaux et EHPAD publics',
    }),
    /** Base: respondents or denominator. */
    base: text({
      required: false,
      description: 'Base : répondants d’une enquête ou dénominateur, s’il y en a un.',
      example: '1 200 structures répondantes',
    }),
    localisation: localisationColumn,
    ...provenanceColumns,
  },
  rules: [
    {
      column: 'valeur',
      expected: 'un pourcentage entre 0 et 100',
      test: (row) => row.unite !== 'pourcentage' || row.valeur <= 100,
    },
    locatorOrReason(),
    noteExplainsDoubt(),
  ],
  references: [{ column: 'source_ids', dataset: 'sources' }],
  rowLabel: (row) => `${row.indicateur} (${formatPartialDate(row.date)})`,
});

/** A typed row of chiffres.csv. */
export type ChiffreRow = RowOf<typeof chiffresDataset.columns>;
