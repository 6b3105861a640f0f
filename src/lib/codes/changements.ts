/** Codes of data/changements.csv (the datasets it names come from the registry, src/schemas/index.ts). */

/** Kind of change (column `nature`). */
export const CHANGE_KINDS = ['ajout', 'correction', 'suppression', 'schema'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Kind of change, in words. */
export const CHANGE_KIND_LABELS: Readonly<Record<ChangeKind, string>> = {
  ajout: 'Ajout',
  correction: 'Correction',
  suppression: 'Suppression',
  schema: 'Changement de colonnes',
};
