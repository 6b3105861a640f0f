import { describe, expect, it } from 'vitest';
import { nextSteps } from '../../src/lib/metiers/next-steps.ts';
import { DELAIS, DEMARCHES } from '../fixtures/money.ts';

describe('que faire ensuite', () => {
  it.each([
    ['prive_non_lucratif', ['prive-1', 'prive-2'], ['rappel'], []],
    ['prive_lucratif', ['prive-1'], [], []],
    ['fph', ['public-1', 'public-2'], ['rappel'], ['recours-public']],
    // Same rank: file order decides.
    ['fpt', ['public-1', 'public-2-bis', 'public-2'], [], ['recours-public', 'mediation']],
    ['fpe', [], [], ['recours-public']],
  ] as const)('%s : étapes %j, rappels %j, recours %j', (secteur, steps, reminders, recourse) => {
    const result = nextSteps(secteur, DEMARCHES, DELAIS);
    expect(result.steps.map((step) => step.id)).toEqual(steps);
    expect(result.reminders.map((step) => step.id)).toEqual(reminders);
    expect(result.recourse.map((row) => row.id)).toEqual(recourse);
  });
});
