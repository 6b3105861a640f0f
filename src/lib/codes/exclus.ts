/** Codes of data/exclus-aujourdhui.csv — where a group stands today — with their French labels. */

/**
 * Where a group stands at the date of the data (column `statut_groupe`):
 * - `encore_exclu`: no Ségur raise and nothing in its place;
 * - `autre_hausse`: still excluded from the Ségur, but given another, different raise (named in `autre_mesure`);
 * - `mesure_propre`: given a measure of its own in place of the Ségur: not excluded any more.
 */
export const GROUP_STATUSES = ['encore_exclu', 'autre_hausse', 'mesure_propre'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

/** Headings and short labels of the three statuses, in the order the pages list them. */
export const GROUP_STATUS_LABELS: Readonly<Record<GroupStatus, { heading: string; short: string }>> = {
  encore_exclu: { heading: 'Toujours exclus', short: 'toujours exclus' },
  autre_hausse: {
    heading: 'Toujours exclus du Ségur, avec une autre hausse',
    short: 'exclus du Ségur, autre hausse',
  },
  mesure_propre: { heading: 'Une mesure propre à la place du Ségur', short: 'mesure propre, pas exclus' },
};

/** Units of a group's head-count (column `unite`). */
export const GROUP_UNITS = ['personnes', 'etp'] as const;
