/**
 * Shorter SVG path data for shapes with many points (the département map):
 * d3-geo writes every point absolute (`L413.1,301.1`); the same outline in
 * relative moves (`l1.1-5.1`), one `l` for a run of segments, is about half
 * as long and compresses better, for exactly the same drawing at the same
 * precision. Pure string function, no DOM.
 */

/** `15` tenths → `1.5`, `-5` → `-.5`, `20` → `2`: the shortest SVG spelling of a number of tenths. */
function tenths(value: number): string {
  const text = String(value / 10);
  return text.replace(/^(-?)0\./, '$1.');
}

/** Numbers in SVG's compact syntax: a separator only where the next one does not start with a minus sign. */
function joinNumbers(values: readonly number[]): string {
  return values
    .map((value, index) => {
      const text = tenths(value);
      return index === 0 || text.startsWith('-') ? text : ` ${text}`;
    })
    .join('');
}

/**
 * Rewrites path data made only of `M`, `L` and `Z` (as d3-geo writes
 * polygons) with coordinates rounded to a tenth: the first point of each
 * subpath absolute, the others relative, repeated points dropped. Any other
 * command is left as it came (the whole path is returned unchanged).
 */
export function compactPathData(d: string): string {
  if (!/^[MLZ\d.,\s-]*$/.test(d)) return d;
  const parts: string[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let run: number[] = [];
  const flush = (): void => {
    if (run.length > 0) parts.push(`l${joinNumbers(run)}`);
    run = [];
  };
  for (const [, command, args = ''] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    const numbers = args
      .split(/[\s,]+/)
      .filter((token) => token !== '')
      .map((token) => Math.round(Number(token) * 10));
    if (command === 'Z') {
      flush();
      parts.push('z');
      x = startX;
      y = startY;
      continue;
    }
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const nextX = numbers[i]!;
      const nextY = numbers[i + 1]!;
      if (command === 'M' && i === 0) {
        flush();
        parts.push(`M${joinNumbers([nextX, nextY])}`);
        startX = nextX;
        startY = nextY;
      } else if (nextX !== x || nextY !== y) {
        run.push(nextX - x, nextY - y);
      }
      x = nextX;
      y = nextY;
    }
  }
  flush();
  return parts.join('');
}
