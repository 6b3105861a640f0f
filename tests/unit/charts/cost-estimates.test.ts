import { describe, expect, it } from 'vitest';
import { costEstimatesChart } from '../../../src/charts/cost-estimates.ts';
import { arrears, costAtLeast, costOfficial, expectAccessibleSvg, marksOf, normaliseSvg } from './fixtures.ts';

const svg = costEstimatesChart(
  [
    { label: 'Coûts par an', rows: [costOfficial, costAtLeast] },
    { label: 'Montants ponctuels', rows: [arrears] },
  ],
  { id: 'couts', title: 'Les coûts' },
);

describe('costEstimatesChart', () => {
  it('correspond à son instantané', async () => {
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/cost-estimates.svg');
  });

  it('a un titre, une description, des marques focalisables nommées et aucun attribut style', () => {
    expectAccessibleSvg(svg);
  });

  it('sépare les coûts annuels des montants ponctuels', () => {
    expect(marksOf(svg).map((mark) => mark['data-id'])).toEqual(['cout-officiel', 'cout-plus-de', 'arrieres']);
    expect(svg).toMatch(/>Coûts par an<\/text>/);
    expect(svg).toMatch(/>Montants ponctuels<\/text>/);
  });

  it('écrit les montants en français, « par an » pour un coût annuel, « plus d’… » pour une borne basse', () => {
    expect(svg).toMatch(/>484\u00a0M€ par an · officiel · incertain<\/text>/);
    expect(svg).toMatch(/>plus d’1\u00a0Md€ par an<\/text>/);
    expect(svg).toMatch(/>156,4\u00a0M€<\/text>/);
  });

  it('hachure un chiffre incertain et termine une borne basse par une flèche', () => {
    expect(svg).toMatch(/fill="url\(#couts-hachures-eur\)"[^>]*class="part-hatched c-stroke-eur tip-anchor"/);
    expect(svg).toMatch(/<path d="M[\d.]+,[\d.]+h18m-6,-6l6,6l-6,6"/);
  });
});
