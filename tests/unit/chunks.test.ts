import { describe, expect, it } from 'vitest';
import { chunkByWeight } from '../../src/lib/chunks.ts';

describe('chunkByWeight', () => {
  const length = (text: string) => text.length;

  it('coupe en morceaux consécutifs dont le poids tient dans le budget', () => {
    expect(chunkByWeight(['aa', 'bbb', 'c', 'dddd', 'e'], length, 5)).toEqual([['aa', 'bbb'], ['c', 'dddd'], ['e']]);
  });

  it('donne un morceau à lui seul à ce qui dépasse le budget, sans rien perdre', () => {
    expect(chunkByWeight(['a', 'bbbbbbb', 'c'], length, 3)).toEqual([['a'], ['bbbbbbb'], ['c']]);
  });

  it('rend une liste vide pour une liste vide', () => {
    expect(chunkByWeight([], length, 10)).toEqual([]);
  });
});
