import { describe, expect, it } from 'vitest';
import { reportBreakdownChart } from '../../../src/charts/report-breakdown.ts';
import { expectAccessibleSvg, marksOf, normaliseSvg, partA, partB, rest, total } from './fixtures.ts';

const svg = reportBreakdownChart(
  { total, parts: [partA, partB, rest] },
  { id: 'ventilation', title: 'Un total et ses parties' },
);

describe('reportBreakdownChart', () => {
  it('correspond à son instantané', async () => {
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/report-breakdown.svg');
  });

  it('a un titre, une description, des marques focalisables nommées et aucun attribut style', () => {
    expectAccessibleSvg(svg);
  });

  it('dessine le total puis chaque partie, dans l’ordre des lignes', () => {
    expect(marksOf(svg).map((mark) => mark['data-id'])).toEqual(['total', 'part-a', 'part-b', 'reste']);
  });

  it('empile les parties exactement sur la largeur du total', () => {
    const segments = [...svg.matchAll(/<rect x="([\d.]+)" y="72" width="([\d.]+)" height="44"/g)].map((match) => [
      Number(match[1]),
      Number(match[2]),
    ]);
    expect(segments).toHaveLength(3);
    const [first, , last] = segments as [number[], number[], number[]];
    expect(first[0]).toBe(20);
    expect((last[0] ?? 0) + (last[1] ?? 0)).toBeCloseTo(740, 0);
  });

  it('dit en toutes lettres que le reste est un calcul de l’observatoire, hachuré en gris et bordé de tirets', () => {
    const restMark = marksOf(svg).find((mark) => mark['data-id'] === 'reste');
    expect(restMark?.['aria-label']).toMatch(/calcul de l’observatoire/);
    expect(svg).toMatch(/fill="url\(#ventilation-hachures-derived\)"[^>]*stroke-dasharray/);
    expect(svg).toMatch(/non ventilés par le rapport \(calcul de l’observatoire, incertain\)/);
  });

  it('écrit l’unité et marque le total officiel d’un losange et du mot « officiel »', () => {
    expect(svg).toMatch(/Unité : équivalents temps plein \(ETP\)/);
    expect(svg).toMatch(/<path d="M26,38L32,44L26,50L20,44Z"/);
    expect(svg).toMatch(/total du rapport, décembre 2023 · officiel/);
  });

  it('ajoute un titre visible et une ligne de crédit à la version à télécharger', () => {
    const file = reportBreakdownChart(
      { total, parts: [partA, partB, rest] },
      {
        id: 'ventilation',
        title: 'Un total et ses parties',
        standalone: { heading: 'Un total et ses parties', credit: 'Crédit fictif' },
      },
    );
    expect(file).toMatch(/font-size="17" font-weight="700">Un total et ses parties<\/text>/);
    expect(file).toMatch(/>Crédit fictif<\/text>/);
    expect(Number(/height="(\d+)"/.exec(file)?.[1])).toBeGreaterThan(Number(/height="(\d+)"/.exec(svg)?.[1]));
  });
});
