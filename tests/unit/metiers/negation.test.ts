/**
 * Negation and contrast: a negated word is never read as stated. Where it has
 * an opposite (public ↔ privé, lucratif ↔ non lucratif, rattaché ↔ autonome)
 * it is inverted; otherwise it only rules out what it names. « Pas rattachée à
 * un hôpital » is not « autonome »: the establishment may be run by a public
 * body that also runs an EHPAD.
 */
import { describe, expect, it } from 'vitest';
import { read } from './understanding.ts';

const CASES: [query: string, negated: string[], contexts: string[] | null][] = [
  [
    'secrétaire MAS publique, fonction publique hospitalière, pas rattachée à un hôpital',
    ['hôpital'],
    ['fph-esms-etab-gerant-ehpad', 'public-esms-autonome-am'],
  ],
  ['cuisinier d’un IME géré par le centre hospitalier, donc pas autonome', ['autonome'], ['fph-esms-rattache-eps']],
  [
    'comptable dans un ESAT public, hors hôpital',
    ['hôpital'],
    // The State's own establishments stay possible; the profession's usual employers then narrow them.
    [
      'fph-esms-etab-gerant-ehpad',
      'public-esms-autonome-am',
      'public-esms-autonome-hors-am',
      'fpe-education-nationale',
      'fpe-instituts-nationaux',
    ],
  ],
  [
    'cuisinier foyer de vie public, qui n’est pas géré par un EHPAD ni par un hôpital',
    ['EHPAD', 'hôpital'],
    ['public-esms-autonome-hors-am'],
  ],
  [
    'secrétaire dans un foyer de l’enfance public autonome, donc pas rattaché',
    ['rattaché'],
    ['public-esms-autonome-hors-am'],
  ],
  [
    'aide soignante ni public ni associatif',
    ['public', 'associatif'],
    ['prive-lucratif-clinique', 'prive-lucratif-ehpad', 'prive-lucratif-autres', 'hors-champ'],
  ],
  ['secrétaire ni public ni associatif, ehpad privé', ['public', 'associatif'], ['prive-lucratif-ehpad']],
  ['agent d’entretien IME associatif et non public', ['public'], ['bass-essms-handicap-pa']],
  [
    'aide-soignante, pas dans un SSIAD ADMR mais dans un SSIAD public',
    ['SSIAD', 'ADMR'],
    ['fph-esms-rattache-eps', 'fph-esms-etab-gerant-ehpad', 'public-esms-autonome-am'],
  ],
  ['secrétaire d’un EHPAD public, pas d’une MAS', ['MAS'], ['fph-ehpad', 'fpt-ehpad']],
  ['assistante sociale mais pas à la CAF, au conseil départemental', ['CAF'], ['fpt-departement-services']],
  ['psychologue pas en libéral, salariée d’un IME associatif', ['libéral'], ['bass-essms-handicap-pa']],
  ['je ne suis plus à l’hôpital, je travaille dans un EHPAD associatif', ['hôpital'], ['bass-sante-ehpad']],
  ['plus de vingt ans dans un EHPAD associatif', [], ['bass-sante-ehpad']],
  ['aide-soignante en EHPAD mais plus dans le public', ['public'], ['bass-sante-ehpad', 'prive-lucratif-ehpad']],
  ['aide-soignante non titulaire', ['titulaire'], null],
  ['infirmière pas encore titulaire', ['titulaire'], null],
];

describe('la négation et le contraste', () => {
  it.each(CASES)('« %s »', (query, negated, contexts) => {
    const reading = read(query);
    expect(reading.negated.map((text) => text.replace(/^(?:d’|l’|d'|l')/, ''))).toEqual(
      expect.arrayContaining(negated.map((text) => expect.stringContaining(text))),
    );
    expect(reading.negated).toHaveLength(negated.length);
    if (contexts === null) expect(reading.contexts).toBeNull();
    else expect(reading.contexts?.sort()).toEqual([...contexts].sort());
  });

  it('ne lit jamais un contrat nié (« pas encore titulaire », « pas en CDI »)', () => {
    expect(read('infirmière pas encore titulaire').contracts).toEqual([]);
    expect(read('aide-soignante pas en CDI').contracts).toEqual([]);
  });

  it('ne prend pas « non lucratif » pour une négation', () => {
    const reading = read('éducatrice dans une association à but non lucratif');
    expect(reading.negated).toEqual([]);
    expect([...(reading.workplace.sectors ?? [])]).toEqual(['prive_non_lucratif']);
  });
});
