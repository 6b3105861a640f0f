/**
 * The folding the Chronologie search relies on (index and query go through
 * foldFrench): what a reader types without accents must meet the text as written.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldFrench } from '../../src/lib/fold.ts';

describe('foldFrench pour la recherche', () => {
  it.each([
    ['« Ségur pour tous »', 'segur pour tous'],
    ['Conférence des métiers', 'conference des metiers'],
    ['CONFÉRENCE DES MÉTIERS', 'conference des metiers'],
    ['Compromis État–départements', 'compromis etat departements'],
    ['Accord Axess—CFDT', 'accord axess cfdt'],
    ['socio-éducative', 'socio educative'],
    ['l’arrêté d’extension', 'l arrete d extension'],
    ["Conseil d'État", 'conseil d etat'],
    ['sœurs et Lætitia', 'soeurs et laetitia'],
    ['ŒUVRES', 'oeuvres'],
    ['la ﬁlière', 'la filiere'],
    ['le 1ᵉʳ novembre', 'le 1er novembre'],
    ['120\u202f800\u00a0€', '120 800'],
    ['Décret n° 2022-1497', 'decret n 2022 1497'],
  ])('plie %j en %j', (input, output) => {
    expect(foldFrench(input)).toBe(output);
  });

  it('plie de la même façon un texte et sa version sans accents', () => {
    expect(foldFrench('Protocole Laforcade : les soignants du handicap')).toContain(foldFrench('protocole laforcade'));
    expect(foldFrench('Journée intersyndicale pour « le Ségur pour tous »')).toContain(foldFrench('segur pour tous'));
  });

  it('est idempotent et ne laisse que des minuscules ASCII, des chiffres et des espaces simples', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const folded = foldFrench(text);
        expect(foldFrench(folded)).toBe(folded);
        expect(folded).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
      }),
    );
  });
});
