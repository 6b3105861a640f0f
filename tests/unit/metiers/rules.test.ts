/**
 * The rules of one context, on invented rows: the most precise rules win, and
 * equally precise rules that agree on « oui » but not on the first month or
 * the measure are read one by one, each saying for whom it holds.
 */
import { describe, expect, it } from 'vitest';
import { ruleBook, type Person } from '../../../src/lib/metiers/rules.ts';
import type { IndexContext, IndexMetier, IndexRule, SearchIndex } from '../../../src/lib/metiers/types.ts';

const context: IndexContext = {
  id: 'service',
  label: 'Un service de l’État',
  nature: 'employeur',
  sectors: ['fpe'],
  places: ['ecole'],
  attachment: 'sans_objet',
  funding: 'etat',
  establishments: 'Écoles',
  examples: [],
  note: null,
};

const metier: IndexMetier = {
  id: 'infirmier',
  label: 'Infirmier',
  filiere: 'soignante',
  scope: ['corps:infirmiers_education_nationale', 'fonction:infirmier'],
  publicScope: [],
  contexts: ['service'],
  description: 'Soigne.',
  note: null,
};

function rule(id: string, fields: Partial<IndexRule>): IndexRule {
  return {
    id,
    context: 'service',
    scope: ['tous'],
    scopeDetail: null,
    exceptions: [],
    exceptionsDetail: null,
    verdict: 'oui',
    measures: ['mesure-a'],
    since: '2024-05',
    amount: null,
    why: 'Parce que.',
    where: null,
    sources: [],
    status: 'confirme',
    note: null,
    ...fields,
  };
}

/** The profession alone: no grade, no contract, no precision. */
const person: Person = {
  metier,
  statusGrade: null,
  statusMetier: null,
  gradeScope: [],
  contracts: [],
  precisions: [],
};

function casesFor(rules: IndexRule[]) {
  const index = { rules, contexts: [context], contracts: [] } as unknown as SearchIndex;
  return ruleBook(index).evaluate(person, context);
}

describe('les règles d’un contexte', () => {
  it('retiennent la plus précise : une fonction ou un corps l’emporte sur « tous »', () => {
    const item = casesFor([
      rule('tous', { verdict: 'non', measures: [], since: null }),
      rule('corps', { scope: ['corps:infirmiers_education_nationale'] }),
    ]);
    expect(item.verdict).toBe('oui');
    expect(item.branches.map((branch) => branch.rules.map((found) => found.id))).toEqual([['corps']]);
  });

  it('lisent ensemble des règles aussi précises qui donnent la même date et la même mesure', () => {
    const item = casesFor([
      rule('titulaires', { scope: ['corps:infirmiers_education_nationale'] }),
      rule('fonction', { scope: ['fonction:infirmier'] }),
    ]);
    expect(item.branches).toHaveLength(1);
    expect(item.branches[0]!.readingOf).toBeNull();
  });

  it.each([
    ['une autre date', { since: '2024-01' }],
    ['une autre mesure', { measures: ['mesure-b'] }],
  ])('lisent une à une des règles « oui » aussi précises qui donnent %s', (_, other) => {
    const item = casesFor([
      rule('titulaires', { scope: ['corps:infirmiers_education_nationale'], scopeDetail: 'titulaires' }),
      rule('contractuels', { scope: ['fonction:infirmier'], scopeDetail: 'contractuels', ...other }),
    ]);
    expect(item.verdict).toBe('oui');
    expect(item.branches.map((branch) => branch.readingOf?.id)).toEqual(['titulaires', 'contractuels']);
    expect(item.branches.map((branch) => branch.rules.map((found) => found.id))).toEqual([
      ['titulaires'],
      ['contractuels'],
    ]);
  });

  it('répondent « selon le cas » quand des règles aussi précises se contredisent, sans les lire une à une', () => {
    const item = casesFor([
      rule('corps', { scope: ['corps:infirmiers_education_nationale'] }),
      rule('fonction', { scope: ['fonction:infirmier'], verdict: 'non', measures: [], since: null }),
    ]);
    expect(item.verdict).toBe('selon_cas');
    expect(item.branches.map((branch) => branch.readingOf)).toEqual([null]);
  });
});

describe('les contextes où une règle propre peut nommer une personne', () => {
  const other = (id: string, scope: IndexRule['scope']): IndexRule => rule(`${id}-regle`, { context: id, scope });
  const book = ruleBook({
    rules: [
      rule('tous', {}),
      other('par-corps', ['corps:infirmiers_education_nationale']),
      other('par-filiere', ['filiere:soignante']),
      other('autre-filiere', ['filiere:socio_educative']),
      other('pour-tous-aussi', ['tous', 'fonction:infirmier']),
    ],
    contexts: [context],
    contracts: [],
  } as unknown as SearchIndex);

  it('sont ceux dont une règle qui ne vaut pas pour tous vise un de ses codes, et eux seuls', () => {
    expect([...book.ownRuleContexts(person)].sort()).toEqual(['par-corps', 'par-filiere']);
  });

  it('comptent les codes qu’un grade nommé apporte', () => {
    const graded = { ...person, gradeScope: ['filiere:socio_educative'] as IndexRule['scope'] };
    expect([...book.ownRuleContexts(graded)].sort()).toEqual(['autre-filiere', 'par-corps', 'par-filiere']);
  });
});
