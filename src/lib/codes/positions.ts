/**
 * The positions the département map shows, in priority order: when several
 * facts are documented for one département, the map shows the first of this
 * list that applies (a département that paid and was later counted as late
 * by Axess shows as « financement volontaire »). The table keeps every fact.
 */

/** Positions, highest priority first; `rien` (nothing documented) is always last. */
export const POSITIONS = [
  { key: 'financement_volontaire', label: 'financement volontaire', legend: 'Financement volontaire' },
  { key: 'refus_ou_motion', label: 'refus ou motion', legend: 'Refus ou motion' },
  { key: 'impaye', label: 'impayé selon Axess', legend: 'Impayé selon Axess' },
  { key: 'mesure_employeur', label: 'mesure employeur', legend: 'Mesure employeur' },
  { key: 'mobilisation', label: 'mobilisation', legend: 'Mobilisation' },
  { key: 'compensation', label: 'compensation de l’État', legend: 'Compensation de l’État (seul fait documenté)' },
  { key: 'rien', label: 'rien de documenté', legend: 'Rien de documenté' },
] as const;

export type PositionKey = (typeof POSITIONS)[number]['key'];

/** The position keys, highest priority first. */
export const POSITION_KEYS: readonly PositionKey[] = POSITIONS.map((position) => position.key);

const LABELS = new Map<PositionKey, string>(POSITIONS.map((position) => [position.key, position.label]));

/** Lower-case label (« impayé selon Axess »), for sentences and accessible names. */
export function positionLabel(key: PositionKey): string {
  return LABELS.get(key) ?? key;
}

/** Priority rank: 0 is the highest. */
export function positionRank(key: PositionKey): number {
  return POSITION_KEYS.indexOf(key);
}

/** The position with the highest priority among several (`rien` for none). */
export function strongestPosition(keys: Iterable<PositionKey>): PositionKey {
  let best: PositionKey = 'rien';
  for (const key of keys) if (positionRank(key) < positionRank(best)) best = key;
  return best;
}
