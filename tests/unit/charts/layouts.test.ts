/**
 * The two layouts of every chart of /estimations/: the wide one keeps its text
 * at WIDE_MIN_FONT or more and is never wider than WIDE_FROM (so that, shown
 * from that container width, no text is drawn under 12 px); the narrow one is
 * NARROW_WIDTH wide with text of NARROW_MIN_FONT or more (12 px at 288 px, a
 * 320 px phone's chart width), and draws the same marks in the same order.
 */
import { describe, expect, it } from 'vitest';
import { reportBreakdownChart } from '../../../src/charts/report-breakdown.ts';
import { estimatesComparisonChart } from '../../../src/charts/estimates-comparison.ts';
import { coveredVsExcludedChart } from '../../../src/charts/covered-vs-excluded.ts';
import { costEstimatesChart } from '../../../src/charts/cost-estimates.ts';
import {
  NARROW_MIN_FONT,
  NARROW_WIDTH,
  WIDE_FROM,
  WIDE_MIN_FONT,
  textWidth,
  type ChartOptions,
} from '../../../src/charts/svg.ts';
import {
  arrears,
  costAtLeast,
  costOfficial,
  coveredA,
  coveredB,
  coveredTotal,
  expectAccessibleSvg,
  federation,
  marksOf,
  normaliseSvg,
  partA,
  partB,
  range,
  rest,
  total,
  union,
} from './fixtures.ts';

const CHARTS: Record<string, (options: ChartOptions) => string> = {
  'report-breakdown': (options) => reportBreakdownChart({ total, parts: [partA, partB, rest] }, options),
  'estimates-comparison': (options) =>
    estimatesComparisonChart(
      [
        { label: 'Ensemble (public et privé)', rows: [total] },
        {
          label: 'Privé non lucratif, un libellé de groupe assez long pour passer à la ligne',
          rows: [union, partA, federation, range],
        },
        { label: 'Autres périmètres', rows: [rest] },
      ],
      options,
    ),
  'covered-vs-excluded': (options) =>
    coveredVsExcludedChart(
      { covered: { total: coveredTotal, parts: [coveredA, coveredB] }, excluded: [total, federation] },
      options,
    ),
  'cost-estimates': (options) =>
    costEstimatesChart(
      [
        { label: 'Coûts par an', rows: [costOfficial, costAtLeast] },
        { label: 'Montants ponctuels', rows: [arrears] },
      ],
      options,
    ),
};

/** Every <text>: its font size (its own, else the <svg>'s), x, anchor and content. */
function texts(svg: string): { size: number; x: number; anchor: string; content: string }[] {
  const rootSize = Number(/^<svg[^>]*\sfont-size="([\d.]+)"/.exec(svg)?.[1]);
  return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((match) => {
    const attributes = match[1] ?? '';
    return {
      size: Number(/\sfont-size="([\d.]+)"/.exec(attributes)?.[1] ?? rootSize),
      x: Number(/\sx="([\d.-]+)"/.exec(attributes)?.[1] ?? 0),
      anchor: /\stext-anchor="(\w+)"/.exec(attributes)?.[1] ?? 'start',
      content: (match[2] ?? '')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&quot;/g, '"'),
    };
  });
}

function viewBoxWidth(svg: string): number {
  return Number(/viewBox="0 0 ([\d.]+) /.exec(svg)?.[1]);
}

describe.each(Object.entries(CHARTS))('%s', (name, draw) => {
  const wide = draw({ id: name, title: 'Un graphique' });
  const narrow = draw({ id: `${name}-etroit`, title: 'Un graphique', layout: 'narrow' });

  it('correspond à son instantané en disposition étroite', async () => {
    await expect(normaliseSvg(narrow)).toMatchFileSnapshot(`__snapshots__/${name}-etroit.svg`);
  });

  it('dit sa disposition par une classe, et l’étroite est accessible comme la large', () => {
    expect(wide).toMatch(/^<svg[^>]* class="chart chart-wide"/);
    expect(narrow).toMatch(/^<svg[^>]* class="chart chart-narrow"/);
    expectAccessibleSvg(narrow);
  });

  it('dessine les mêmes marques dans le même ordre, avec les mêmes noms, dans les deux dispositions', () => {
    const names = (svg: string) => marksOf(svg).map((mark) => [mark['data-id'], mark['aria-label']]);
    expect(names(narrow)).toEqual(names(wide));
  });

  it(`n’écrit rien sous ${WIDE_MIN_FONT} unités en large, sur une largeur d’au plus ${WIDE_FROM}`, () => {
    expect(viewBoxWidth(wide)).toBeLessThanOrEqual(WIDE_FROM);
    const sizes = texts(wide).map((text) => text.size);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(WIDE_MIN_FONT);
  });

  it(`n’écrit rien sous ${NARROW_MIN_FONT} unités en étroit, sur ${NARROW_WIDTH} de large, sans sortir du dessin`, () => {
    expect(viewBoxWidth(narrow)).toBe(NARROW_WIDTH);
    for (const text of texts(narrow)) {
      expect(text.size, text.content).toBeGreaterThanOrEqual(NARROW_MIN_FONT);
      const width = textWidth(text.content, text.size);
      const start = text.anchor === 'middle' ? text.x - width / 2 : text.anchor === 'end' ? text.x - width : text.x;
      expect(start, text.content).toBeGreaterThanOrEqual(0);
      expect(start + width, text.content).toBeLessThanOrEqual(NARROW_WIDTH);
    }
  });

  it('n’a pas les mêmes identifiants internes dans ses deux dispositions (elles partagent une page)', () => {
    const ids = (svg: string) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    const wideIds = new Set(ids(wide));
    expect(ids(narrow).filter((id) => wideIds.has(id))).toEqual([]);
  });
});
