/** compactPathData: the same outline in relative moves, shorter, never another drawing. */
import { describe, expect, it } from 'vitest';
import { compactPathData } from '../../../src/charts/path-data.ts';

/** The absolute points a path visits, in tenths, read back from M/l/z data (the inverse, for the round trip). */
function points(d: string): [number, number][] {
  const visited: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args = ''] of d.matchAll(/([MLlZz])([^MLlZz]*)/g)) {
    const numbers = [...args.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map((match) => Math.round(Number(match[0]) * 10));
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const relative = command === 'l';
      x = relative ? x + numbers[i]! : numbers[i]!;
      y = relative ? y + numbers[i + 1]! : numbers[i + 1]!;
      visited.push([x, y]);
    }
  }
  return visited;
}

describe('compactPathData', () => {
  it('écrit le premier point en absolu, les suivants en relatif, une seule commande l par suite de segments', () => {
    expect(compactPathData('M412,306.2L413.1,301.1L414.8,297L414.8,295.1Z')).toBe('M412 306.2l1.1-5.1 1.7-4.1 0-1.9z');
  });

  it('écrit les nombres au plus court : sans zéro avant la virgule, sans séparateur avant un signe moins', () => {
    expect(compactPathData('M0,0L0.5,-0.5L0,0Z')).toBe('M0 0l.5-.5-.5 .5z');
  });

  it('reprend chaque sous-chemin à son point de départ après Z, et saute les points répétés', () => {
    const d = 'M10,10L20,10L20,20ZM30,30L30,30L40,30Z';
    expect(compactPathData(d)).toBe('M10 10l10 0 0 10zM30 30l10 0z');
  });

  it('passe exactement par les mêmes points, au dixième près, sans dérive sur un long contour', () => {
    const absolute = Array.from({ length: 500 }, (_, i) => [
      Math.round((300 + 200 * Math.cos(i / 40)) * 10) / 10,
      Math.round((300 + 150 * Math.sin(i / 37)) * 10) / 10,
    ]);
    const d = `M${absolute.map(([x, y]) => `${x},${y}`).join('L')}Z`;
    const compact = compactPathData(d);
    expect(points(compact)).toEqual(points(d));
    expect(compact.length).toBeLessThan(d.length * 0.7);
  });

  it('laisse intactes les données qui contiennent une autre commande', () => {
    expect(compactPathData('M0,0A5,5,0,1,1,10,10Z')).toBe('M0,0A5,5,0,1,1,10,10Z');
  });
});
