/**
 * What to do next, from data/demarches.csv and data/delais.csv: the steps of
 * the sector in order, the reminders that hold at every step, and the time
 * limits for contesting a refusal. Pure and environment-neutral.
 */
import { type Sector, type VerificationStatus as Status } from '../codes/common.ts';
import type { DelayRow } from './arrears.ts';

/** What the page reads of a row of demarches.csv. */
export interface StepRow {
  id: string;
  secteurs: readonly string[];
  /** 1, 2, 3… in the path; 0 for a reminder valid at every step. */
  ordre: number;
  etape: string;
  interlocuteur: string;
  action: string;
  explication: string | null;
  localisation: string | null;
  source_ids: readonly string[];
  statut_verification: Status;
  note: string | null;
}

/** The steps of one sector. */
export interface NextSteps {
  /** Reminders valid at every step (`ordre` 0), in file order. */
  reminders: StepRow[];
  /** The steps, by `ordre` then file order. */
  steps: StepRow[];
  /** Time limits for contesting a refusal in this sector (`nature` recours), in file order. */
  recourse: DelayRow[];
}

/** The steps, reminders and recourse limits of a sector. */
export function nextSteps(secteur: Sector, steps: readonly StepRow[], delais: readonly DelayRow[]): NextSteps {
  const ofSector = steps.filter((step) => step.secteurs.includes(secteur));
  return {
    reminders: ofSector.filter((step) => step.ordre === 0),
    steps: ofSector
      .map((step, index) => ({ step, index }))
      .filter(({ step }) => step.ordre > 0)
      .sort((a, b) => a.step.ordre - b.step.ordre || a.index - b.index)
      .map(({ step }) => step),
    recourse: delais.filter((row) => row.nature === 'recours' && row.secteurs.includes(secteur)),
  };
}
