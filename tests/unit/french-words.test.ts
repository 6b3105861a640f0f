/**
 * The French word rules every search shares (src/lib/french-words.ts): small
 * words and elided letters dropped, plural and feminine forms brought to one
 * canonical form, numbers and kept words left alone, and how many typos a word may carry.
 */
import { describe, expect, it } from 'vitest';
import {
  canonicalFrenchWord,
  isFunctionWord,
  searchWords,
  typoBudget,
  withinEdits,
} from '../../src/lib/french-words.ts';

describe('searchWords', () => {
  it.each([
    ['L’éducatrice d’internat', ['educateur', 'internat']],
    ["l'hôpital et l'Ehpad", ['hopital', 'ehpad']],
    ['Les DÉPARTEMENTS de France', ['departement', 'france']],
    ['aides-soignantes', ['aide', 'soignant']],
    ['éducateur·rice spécialisé·e', ['educateur', 'specialise']],
    ['Ségur pour tous', ['segur', 'tous']],
    ['budgets départementaux', ['budget', 'departemental']],
    ['qu’il soit', ['soit']],
  ])('lit %j comme %j', (text, words) => {
    expect(searchWords(text)).toEqual(words);
  });

  it('laisse les nombres tels quels et ne garde pas un caractère seul', () => {
    expect(searchWords('2024, 183 € et 1er janvier')).toEqual(['2024', '183', '1er', 'janvier']);
    expect(searchWords('a b 7')).toEqual([]);
  });

  it('ne touche pas aux mots qu’on lui demande de garder', () => {
    expect(searchWords('DEAES', new Set(['deaes']))).toEqual(['deaes']);
    expect(canonicalFrenchWord('deaes', new Set(['deaes']))).toBe('deaes');
  });

  it('donne la même forme au texte et à sa forme déjà réduite (réduire deux fois ne change rien)', () => {
    for (const text of ['Éducatrices spécialisées', 'conseillères techniques', 'mères', 'les travaux sociaux']) {
      const once = searchWords(text);
      expect(searchWords(once.join(' '))).toEqual(once);
    }
  });
});

describe('isFunctionWord', () => {
  it('reconnaît articles, prépositions, pronoms et lettres élidées, pas les mots pleins', () => {
    for (const word of ['le', 'des', 'd', 'l', 'qu', 'pour', 'vous']) expect(isFunctionWord(word)).toBe(true);
    for (const word of ['segur', 'est', 'prime', '2024']) expect(isFunctionWord(word)).toBe(false);
  });
});

describe('withinEdits', () => {
  it.each([
    ['gironde', 'girnde', 1, true],
    ['gironde', 'giornde', 1, true],
    ['gironde', 'gorinde', 1, false],
    ['conference', 'conferense', 1, true],
    ['laforcade', 'lafroacde', 2, true],
    ['laforcade', 'lafroacde', 1, false],
    ['abc', 'abcdef', 2, false],
  ])('%s / %s à %i près : %s', (a, b, max, expected) => {
    expect(withinEdits(a, b, max)).toBe(expected);
  });
});

describe('typoBudget', () => {
  it('ne pardonne rien sous 5 lettres ni dans un nombre, une faute jusqu’à 7 lettres, deux à partir de 8', () => {
    expect(['tisf', '20245', 'ehpad', 'gironde', 'laforcade'].map(typoBudget)).toEqual([0, 0, 1, 1, 2]);
  });
});
