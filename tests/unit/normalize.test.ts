import { describe, expect, it } from 'vitest';
import { foldFrench, foldedWords } from '../../src/lib/fold.ts';

describe('foldFrench', () => {
  it.each([
    ['Éducatrice spécialisée', 'educatrice specialisee'],
    ['ÉDUCATRICE-SPÉCIALISÉE', 'educatrice specialisee'],
    ['Conférence des métiers', 'conference des metiers'],
    ['Cœur de métier', 'coeur de metier'],
    ['Ex æquo', 'ex aequo'],
    ['l’aide sociale à l’enfance', 'l aide sociale a l enfance'],
    ["maîtresse d'internat", 'maitresse d internat'],
    ['éducateur·rice', 'educateur'],
    ['aide soignant(e)', 'aide soignant'],
    ['salarié.e.s', 'salarie'],
    ['Ségur  pour   tous', 'segur pour tous'],
    ['« Ségur des oubliés »', 'segur des oublies'],
  ])('plie %j en %j', (input, output) => {
    expect(foldFrench(input)).toBe(output);
  });
  it('découpe en mots', () => {
    expect(foldedWords('Aide-soignante, EHPAD')).toEqual(['aide', 'soignante', 'ehpad']);
    expect(foldedWords('  ')).toEqual([]);
  });
});
