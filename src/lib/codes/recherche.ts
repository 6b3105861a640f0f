/** Kinds of results of the site search (/recherche/), with their French names. */

/** The kinds, in the order the results page shows them. */
export const SEARCH_KINDS = ['evenement', 'estimation', 'chiffre', 'source', 'metier', 'collectivite'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The heading of a group of results, and a count (« 3 événements »). */
export const SEARCH_KIND_LABELS: Readonly<Record<SearchKind, { heading: string; singular: string; plural: string }>> = {
  evenement: { heading: 'Événements', singular: 'événement', plural: 'événements' },
  estimation: { heading: 'Estimations', singular: 'estimation', plural: 'estimations' },
  chiffre: { heading: 'Chiffres de contexte', singular: 'chiffre', plural: 'chiffres' },
  source: { heading: 'Sources', singular: 'source', plural: 'sources' },
  metier: { heading: 'Métiers', singular: 'métier', plural: 'métiers' },
  collectivite: {
    heading: 'Départements et collectivités',
    singular: 'département ou collectivité',
    plural: 'départements et collectivités',
  },
};
