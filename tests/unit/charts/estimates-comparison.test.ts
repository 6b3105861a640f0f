import { describe, expect, it } from 'vitest';
import { estimatesComparisonChart } from '../../../src/charts/estimates-comparison.ts';
import { markLabel, tooltipLines, valueLabel } from '../../../src/charts/estimate-text.ts';
import {
  expectAccessibleSvg,
  federation,
  marksOf,
  normaliseSvg,
  partA,
  range,
  rest,
  total,
  union,
  estimation,
} from './fixtures.ts';

const groups = [
  { label: 'Ensemble (public et privé)', rows: [total] },
  { label: 'Privé non lucratif', rows: [union, partA, federation, range] },
  { label: 'Autres périmètres', rows: [rest] },
];
const svg = estimatesComparisonChart(groups, { id: 'comparaison', title: 'Estimations comparées' });

describe('estimatesComparisonChart', () => {
  it('correspond à son instantané', async () => {
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/estimates-comparison.svg');
  });

  it('a un titre, une description, des marques focalisables nommées et aucun attribut style', () => {
    expectAccessibleSvg(svg);
  });

  it('montre une ligne par estimation, groupes et ordre compris', () => {
    expect(marksOf(svg).map((mark) => mark['data-id'])).toEqual([
      'total',
      'syndicat',
      'part-a',
      'federation',
      'fourchette',
      'reste',
    ]);
    expect(svg).toMatch(/>Privé non lucratif<\/text>/);
  });

  it('écrit la date et l’unité de chaque estimation, et « ≈ » pour un ordre de grandeur', () => {
    expect(svg).toMatch(/>26 février 2024 · Périmètre fictif<\/text>/);
    expect(svg).toMatch(/>≈\u00a02\u202f150\u00a0ETP<\/text>/);
    expect(svg).toMatch(/>6\u202f000\u00a0personnes<\/text>/);
    expect(svg).toMatch(/>800 à 850\u00a0ETP · source unique<\/text>/);
  });

  it('marque un chiffre officiel par un losange et par le mot « officiel », un calcul par un rond creux en pointillés', () => {
    const diamonds = svg.match(/<path d="M[\d.]+,[\d.]+L[^"]+Z" fill="#D55E00" class="c-fill-etp tip-anchor"/g) ?? [];
    expect(diamonds).toHaveLength(2);
    expect(svg).toMatch(/1\u202f000\u00a0ETP · officiel</);
    expect(svg).toMatch(/<circle [^>]*class="chart-bg c-stroke-etp tip-anchor"[^>]*stroke-dasharray="2 2"/);
  });

  it('distingue personnes et ETP par la couleur en plus du libellé', () => {
    const union = marksOf(svg).find((mark) => mark['data-id'] === 'syndicat');
    expect(union?.['aria-label']).toMatch(/personnes/);
    expect(svg).toMatch(/class="c-fill-personnes tip-anchor"/);
    expect(svg).toMatch(/class="c-fill-etp tip-anchor"/);
  });

  it('dessine une fourchette de sa borne basse à sa borne haute', () => {
    expect(svg).toMatch(/<path d="M[\d.]+,[\d.]+H[\d.]+M/);
  });
});

describe('les mots qu’un graphique met sur une estimation', () => {
  const old = estimation({
    id: 'ancien',
    anterieur_accord_2024: true,
    officiel: true,
    localisation: 'Tableau 3, p. 30',
  });

  it('dit « historique » d’un chiffre antérieur à l’accord de 2024, à côté de la marque, dans son nom et son infobulle', () => {
    expect(valueLabel(old)).toMatch(/ · historique · officiel$/);
    expect(markLabel(old)).toMatch(/\(historique, officiel\)/);
    expect(tooltipLines(old).join('\n')).toContain('historique');
    expect(valueLabel(total)).not.toContain('historique');
  });

  it('donne dans l’infobulle l’emplacement du chiffre dans sa source, quand il est connu', () => {
    expect(tooltipLines(old)).toContain('Dans la source : Tableau 3, p. 30');
    const unlocated = estimation({
      id: 'sans-emplacement',
      localisation: null,
      note: 'Emplacement dans la source non relevé.',
    });
    expect(tooltipLines(unlocated).join('\n')).not.toContain('Dans la source');
  });
});
