/**
 * The contract between the data of « Suis-je concerné ? » and the resolver:
 * every profession has an answer in each of its usual contexts, every scope
 * code of a rule names someone, every employer context is reachable.
 */
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../../src/lib/metiers/resolve.ts';
import { realIndex } from '../helpers/metiers-data.ts';

const index = realIndex();
const resolver = createResolver(index);

describe('les données de « Suis-je concerné ? »', () => {
  it('ont une règle pour chaque métier dans chacun de ses contextes habituels', () => {
    const missing = index.metiers.flatMap((metier) =>
      resolver
        .casesOf(metier.id)
        .filter((item) => item.branches.some((branch) => branch.noRule))
        .map((item) => `${metier.id} × ${item.context.id}`),
    );
    expect(missing).toEqual([]);
  });

  it('n’ont pas de code de portée qui ne vise personne', () => {
    const held = new Set([
      ...index.metiers.flatMap((metier) => [`filiere:${metier.filiere}`, ...metier.scope, ...metier.publicScope]),
      ...index.grades.flatMap((grade) => grade.scope),
    ]);
    const unheld = [...new Set(index.rules.flatMap((rule) => rule.scope))].filter(
      (code) => code !== 'tous' && !held.has(code),
    );
    expect(unheld).toEqual([]);
  });

  it('ont chaque contexte d’employeur atteignable par un métier ou par un nom d’employeur', () => {
    const reachable = new Set([
      ...index.metiers.flatMap((metier) => metier.contexts),
      ...index.employers.flatMap((employer) => employer.contexts),
    ]);
    const unreachable = index.contexts.filter((context) => !reachable.has(context.id)).map((context) => context.id);
    expect(unreachable).toEqual([]);
  });

  it('ont une règle dans chaque contexte', () => {
    const ruled = new Set(index.rules.map((rule) => rule.context));
    expect(index.contexts.filter((context) => !ruled.has(context.id)).map((context) => context.id)).toEqual([]);
  });
});
