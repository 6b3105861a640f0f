import { describe, expect, it } from 'vitest';
import { coveredVsExcludedChart } from '../../../src/charts/covered-vs-excluded.ts';
import {
  coveredA,
  coveredB,
  coveredTotal,
  expectAccessibleSvg,
  federation,
  marksOf,
  normaliseSvg,
  total,
} from './fixtures.ts';

const svg = coveredVsExcludedChart(
  { covered: { total: coveredTotal, parts: [coveredA, coveredB] }, excluded: [total, federation] },
  { id: 'couverts', title: 'Couverts et exclus' },
);

describe('coveredVsExcludedChart', () => {
  it('correspond à son instantané', async () => {
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/covered-vs-excluded.svg');
  });

  it('a un titre, une description, des marques focalisables nommées et aucun attribut style', () => {
    expectAccessibleSvg(svg);
  });

  it('montre les couverts, leurs deux parties, puis chaque estimation des exclus', () => {
    expect(marksOf(svg).map((mark) => mark['data-id'])).toEqual([
      'couverts',
      'couverts-a',
      'couverts-b',
      'total',
      'federation',
    ]);
  });

  it('écrit l’unité de chaque barre et rappelle que personnes et ETP ne s’additionnent pas', () => {
    expect(svg).toMatch(/≈\u00a07\u202f000\u00a0personnes · officiel/);
    expect(svg).toMatch(/1\u202f000\u00a0ETP · officiel/);
    expect(svg).toMatch(/deux unités que l’on ne peut pas/);
  });

  it('distingue les deux parties des couverts par la texture, pas seulement par la couleur', () => {
    expect(svg).toMatch(/fill="url\(#couverts-hachures-personnes\)"/);
  });

  it('dessine les couverts en une seule barre quand ils ne sont pas ventilés', () => {
    const single = coveredVsExcludedChart(
      { covered: { total: coveredTotal, parts: [] }, excluded: [total] },
      { id: 'couverts-seuls', title: 'Couverts et exclus' },
    );
    expectAccessibleSvg(single);
    expect(marksOf(single).map((mark) => mark['data-id'])).toEqual(['couverts', 'total']);
    const coveredMark = /<g [^>]*data-id="couverts"[^>]*>([\s\S]*?)<\/g>/.exec(single)?.[1] ?? '';
    expect(coveredMark).toMatch(/<rect [^>]*class="c-fill-personnes tip-anchor"/);
    expect(single).not.toContain('barre faite de');
  });
});
