import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalWord, normalizeProfession, tokenize } from '../../../src/lib/metiers/normalize.ts';
import { realInputs } from '../helpers/metiers-data.ts';

const { metiers: metierRows, grades: gradeRows } = realInputs();

describe('le normaliseur des métiers', () => {
  it.each([
    // Feminine, inclusive and plural forms meet the masculine singular.
    ['Aide-soignante', 'aide soignant'],
    ['aide soignant(e)', 'aide soignant'],
    ['aide-soignant·e', 'aide soignant'],
    ['aide-soignant-e', 'aide soignant'],
    ['Aides-soignantes', 'aide soignant'],
    ['éducateur·rice spécialisé·e', 'educateur specialise'],
    ['Éducatrice spécialisée', 'educateur specialise'],
    ['ÉDUCATRICE-SPÉCIALISÉE', 'educateur specialise'],
    ['éducateur-rice', 'educateur'],
    ['infirmier/ère', 'infirmier'],
    ['Infirmières', 'infirmier'],
    ['accompagnant·e éducatif·ve et social·e', 'accompagnant educatif social'],
    ['Accompagnante éducative et sociale', 'accompagnant educatif social'],
    ['veilleuse de nuit', 'veilleur nuit'],
    ['Maîtresse de maison', 'maitre maison'],
    ['cheffe de cuisine', 'chef cuisine'],
    ['travailleuse sociale', 'travailleur social'],
    ['psychologue clinicienne', 'psychologue clinicien'],
    ['ouvrières professionnelles', 'ouvrier professionnel'],
    ['déléguée aux prestations sociales', 'delegue prestation social'],
    ['sages-femmes', 'sage femme'],
    ['agente sociale territoriale', 'agent social territorial'],
    ['agents sociaux territoriaux', 'agent social territorial'],
    // Elisions, apostrophes of every kind, small words.
    ["agent d'entretien", 'agent entretien'],
    ['agent d’entretien', 'agent entretien'],
    ["l'éducatrice de jeunes enfants", 'educateur jeune enfant'],
    ['Je suis aide-soignante', 'aide soignant'],
    ['je travaille comme secrétaire', 'secretaire'],
    ['médecin salariéee', 'medecin'],
    // Ligatures.
    ['Cœur de métier', 'coeur'],
    ['ex æquo', 'ex aequo'],
    // Acronyms stay whole, dotted or not.
    ['AES', 'aes'],
    ['A.E.S.', 'aes'],
    ['DEAES', 'deaes'],
    ['ASS', 'ass'],
    ['ASHQ', 'ashq'],
    ['ME', 'me'],
    ['ES', 'es'],
    ['CESF', 'cesf'],
    ['IDE', 'ide'],
    ['TISF', 'tisf'],
  ])('ramène %j à %j', (input, output) => {
    expect(normalizeProfession(input)).toBe(output);
  });

  it('garde les sigles connus et les nombres tels quels', () => {
    expect(canonicalWord('deaes')).toBe('deaes');
    expect(canonicalWord('chrs')).toBe('chrs');
    expect(canonicalWord('115')).toBe('115');
    expect(canonicalWord('xyzes', new Set(['xyzes']))).toBe('xyzes');
  });

  it('garde pour chaque mot le morceau de texte d’origine', () => {
    expect(tokenize('Aide-soignante en EHPAD public')).toEqual([
      { word: 'aide', raw: 'Aide-soignante', piece: 0 },
      { word: 'soignant', raw: 'Aide-soignante', piece: 0 },
      { word: 'ehpad', raw: 'EHPAD', piece: 2 },
      { word: 'public', raw: 'public', piece: 3 },
    ]);
  });

  it('rend le même résultat quelle que soit la casse ou l’absence d’accents, pour chaque intitulé des données', () => {
    const titles = [
      ...new Set([
        ...metierRows.flatMap((row) => [row.libelle, ...row.variantes]),
        ...gradeRows.flatMap((row) => [row.intitule, ...row.variantes]),
      ]),
    ];
    const stripAccents = (text: string) => text.normalize('NFD').replace(/\p{Mn}/gu, '');
    for (const title of titles) {
      const canonical = normalizeProfession(title);
      expect(canonical, title).not.toBe('');
      expect(normalizeProfession(stripAccents(title).toLowerCase()), title).toBe(canonical);
      expect(normalizeProfession(title.toUpperCase()), title).toBe(canonical);
    }
  });

  it('ne produit que des lettres sans accent, des chiffres et des espaces simples, pour tout texte', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        expect(normalizeProfession(text)).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
      }),
    );
  });

  it('ne change plus un texte déjà normalisé, pour tout texte à l’allure française', () => {
    const frenchish = fc.string({
      maxLength: 40,
      unit: fc.constantFrom(...'aeiouyéèêàâîôûçœæstrnlmdpcvgbfhqjxz -’·()/.AESMDI'.split('')),
    });
    fc.assert(
      fc.property(frenchish, (text) => {
        const once = normalizeProfession(text);
        expect(normalizeProfession(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('ne garde pas les lettres seules qu’un sigle en capitales laisse en se pliant (« E·S », « A/S »)', () => {
    // Found by the property above: the letters were kept once, then dropped as small words the second time.
    for (const text of ['E)S', 'E·S', 'E’S .', 'A/S·', 'A-SD (']) {
      const once = normalizeProfession(text);
      expect(normalizeProfession(once), text).toBe(once);
    }
    expect(normalizeProfession('A-SD (')).toBe('sd');
    expect(normalizeProfession('AES')).toBe('aes');
    expect(normalizeProfession('A.E.S.')).toBe('aes');
  });

  it('est idempotent sur chaque intitulé des données, suivi ou non d’une marque de féminin ou de pluriel', () => {
    const titles = [
      ...new Set([
        ...metierRows.flatMap((row) => [row.libelle, ...row.variantes]),
        ...gradeRows.flatMap((row) => [row.intitule, ...row.variantes]),
      ]),
    ];
    for (const title of titles) {
      for (const suffix of ['', 'e', 's', 'es', 'ees', '·e', '(e)', '(s)']) {
        const once = normalizeProfession(`${title}${suffix}`);
        expect(normalizeProfession(once), `${title}${suffix}`).toBe(once);
      }
    }
  });
});
