import { describe, expect, it } from 'vitest';
import { chunkByWeight, chunkPages } from '../../src/lib/chunks.ts';

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

describe('les pages de morceaux', () => {
  it('numérotent les pages depuis 1 et leurs éléments à la suite, chacune à son adresse', () => {
    expect(chunkPages([['a', 'b'], ['c'], ['d', 'e', 'f']], (page) => `/p/${page}/`)).toEqual([
      { page: 1, href: '/p/1/', first: 1, last: 2 },
      { page: 2, href: '/p/2/', first: 3, last: 3 },
      { page: 3, href: '/p/3/', first: 4, last: 6 },
    ]);
    expect(chunkPages([], (page) => `/p/${page}/`)).toEqual([]);
  });
});
