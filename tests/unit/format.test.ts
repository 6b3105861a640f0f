import { describe, expect, it } from 'vitest';
import {
  dateWithPreposition,
  literalParts,
  formatEuros,
  formatList,
  formatNumber,
  formatMonthOf,
  formatPartialDate,
  formatPercent,
  frenchSpacing,
  listParts,
  plural,
} from '../../src/lib/format.ts';

describe('formatNumber', () => {
  it('sépare les milliers par une espace fine insécable', () => {
    expect(formatNumber(120800)).toBe('120\u202f800');
    expect(formatNumber(1000000)).toBe('1\u202f000\u202f000');
  });
  it('écrit les décimales avec une virgule', () => {
    expect(formatNumber(0.34)).toBe('0,34');
  });
  it('laisse les petits nombres tels quels', () => {
    expect(formatNumber(183)).toBe('183');
  });
});

describe('formatEuros', () => {
  it('écrit les millions en M€ avec une virgule', () => {
    expect(formatEuros(7500000)).toBe('7,5\u00a0M€');
    expect(formatEuros(156400000)).toBe('156,4\u00a0M€');
    expect(formatEuros(85000000)).toBe('85\u00a0M€');
  });
  it('écrit les milliards en Md€', () => {
    expect(formatEuros(1000000000)).toBe('1\u00a0Md€');
    expect(formatEuros(1300000000)).toBe('1,3\u00a0Md€');
  });
  it('écrit les petites sommes en euros', () => {
    expect(formatEuros(183)).toBe('183\u00a0€');
    expect(formatEuros(39327)).toBe('39\u202f327\u00a0€');
  });
});

describe('formatMonthOf', () => {
  it('garde le mois d’une date au jour ou au mois, et l’année seule d’une date à l’année', () => {
    expect(formatMonthOf('2020-07-13')).toBe('juillet 2020');
    expect(formatMonthOf('2026-01')).toBe('janvier 2026');
    expect(formatMonthOf('2022')).toBe('2022');
  });
});

describe('formatPartialDate', () => {
  it('écrit une date au jour en toutes lettres', () => {
    expect(formatPartialDate('2022-02-18')).toBe('18 février 2022');
  });
  it('écrit « 1er » pour le premier du mois', () => {
    expect(formatPartialDate('2024-01-01')).toBe('1er janvier 2024');
  });
  it('écrit une date au mois sans jour', () => {
    expect(formatPartialDate('2021-07')).toBe('juillet 2021');
  });
  it('écrit une année seule', () => {
    expect(formatPartialDate('2021')).toBe('2021');
  });
  it('rend tel quel un texte qui n’est pas une date', () => {
    expect(formatPartialDate('bientôt')).toBe('bientôt');
  });
});

describe('formatPercent et plural', () => {
  it('met une espace insécable avant %', () => {
    expect(formatPercent(26)).toBe('26\u00a0%');
    expect(formatPercent(0.34)).toBe('0,34\u00a0%');
  });
  it('accorde au pluriel à partir de 2', () => {
    expect(plural(0, 'événement')).toBe('0\u00a0événement');
    expect(plural(1, 'événement')).toBe('1\u00a0événement');
    expect(plural(85, 'événement')).toBe('85\u00a0événements');
  });
});

describe('dateWithPreposition', () => {
  it('dit « le » devant un jour, « en » devant un mois ou une année', () => {
    expect(dateWithPreposition('2022-02-18')).toBe('le 18 février 2022');
    expect(dateWithPreposition('2022-04-01')).toBe('le 1er avril 2022');
    expect(dateWithPreposition('2023-12')).toBe('en décembre 2023');
    expect(dateWithPreposition('2021')).toBe('en 2021');
  });
});

describe('formatList et listParts', () => {
  it('joignent une liste à la française, « et » ou « ou » avant le dernier élément', () => {
    expect(formatList([])).toBe('');
    expect(formatList(['Axess'])).toBe('Axess');
    expect(formatList(['Axess', 'la CFDT'])).toBe('Axess et la CFDT');
    expect(formatList(['Axess', 'la CFDT', 'la FHF'])).toBe('Axess, la CFDT et la FHF');
    expect(formatList(['public', 'privé', 'associatif'], 'disjunction')).toBe('public, privé ou associatif');
  });
  it('rendent les éléments à part des séparateurs, pour les baliser', () => {
    expect(listParts(['sources', 'mesures'])).toEqual([
      { type: 'element', value: 'sources' },
      { type: 'literal', value: ' et ' },
      { type: 'element', value: 'mesures' },
    ]);
  });
});

describe('literalParts', () => {
  it('isole les noms de fichier et la balise de renvoi d’un texte', () => {
    expect(literalParts('identifiants de data/sources.csv, cités [@identifiant].')).toEqual([
      { text: 'identifiants de ', literal: false },
      { text: 'data/sources.csv', literal: true },
      { text: ', cités ', literal: false },
      { text: '[@identifiant]', literal: true },
      { text: '.', literal: false },
    ]);
    expect(literalParts('Sans fichier.')).toEqual([{ text: 'Sans fichier.', literal: false }]);
  });
});

describe('frenchSpacing', () => {
  it('met une espace insécable dans « » et avant « : », une fine avant « ; ? ! », sans toucher aux adresses', () => {
    expect(frenchSpacing('« Ségur pour tous » : oui ; non ? si ! https://exemple.fr')).toBe(
      '«\u00a0Ségur pour tous\u00a0»\u00a0: oui\u202f; non\u202f? si\u202f! https://exemple.fr',
    );
  });
  it('ne change rien à un texte déjà espacé', () => {
    const spaced = frenchSpacing('« a » : b ; c');
    expect(frenchSpacing(spaced)).toBe(spaced);
  });
});
