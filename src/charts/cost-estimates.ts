/**
 * The money: one horizontal bar per cost estimate on one axis in euros,
 * grouped by period (annual costs, then one-off sums such as arrears), with
 * the amount written above each bar. A bound (« plus d’1 Md€ ») ends in an
 * arrow; a figure that is not confirmed is hatched and says why in its label;
 * an official one carries a diamond.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import type { EstimationRow } from '../schemas/estimations.ts';
import { formatEuros, formatPartialDate } from '../lib/format.ts';
import { estimateExtent, estimateShape } from '../lib/estimates.ts';
import { markLabel, tooltipLines, valueLabel } from './estimate-text.ts';
import {
  PALETTE,
  diamondPath,
  element,
  fillOf,
  hatchDefs,
  hatchId,
  horizontalAxis,
  legendRow,
  mark,
  strokeOf,
  svgDocument,
  text,
  truncate,
  wrapText,
  type ChartOptions,
} from './svg.ts';

export interface CostGroupInput {
  /** Heading of the group (a period). */
  label: string;
  rows: readonly EstimationRow[];
}

/** The cost bars, as SVG markup. */
export function costEstimatesChart(groups: readonly CostGroupInput[], options: ChartOptions): string {
  const width = options.width ?? 760;
  const labelLeft = 20;
  const labelWidth = 250;
  const plotLeft = labelLeft + labelWidth + 20;
  const plotRight = width - 40;
  const barHeight = 18;
  const rowHeight = 70;
  const allRows = groups.flatMap((group) => group.rows);
  const highest = max(allRows, (row) => estimateExtent(row)[1]) ?? 1;
  // Room after the longest bar for the arrow of a lower bound.
  const x = scaleLinear()
    .domain([0, highest * 1.06])
    .range([plotLeft, plotRight])
    .nice();
  const hatch = `url(#${hatchId(options.id, 'eur')})`;

  const legend = legendRow(labelLeft, 18, [
    { key: element('path', { d: diamondPath(8, 8, 7), ...fillOf('eur') }), label: 'chiffre officiel' },
    {
      key: element('rect', {
        x: 1,
        y: 3,
        width: 14,
        height: 10,
        fill: hatch,
        class: `part-hatched ${strokeOf('eur').class}`,
        stroke: PALETTE.eur,
      }),
      label: 'incertain ou source unique',
    },
    {
      key: element('path', { d: 'M1,8H13M9,4L13,8L9,12', fill: 'none', 'stroke-width': 2, ...strokeOf('eur') }),
      label: '« plus de » : borne basse',
    },
  ]);

  const body: string[] = [legend.markup];
  let y = 34;
  for (const group of groups) {
    body.push(element('line', { x1: labelLeft, x2: width - 20, y1: y, y2: y, class: 'c-axis', stroke: PALETTE.axis }));
    body.push(text(labelLeft, y + 22, group.label, { bold: true, size: 13.5 }));
    y += 34;
    for (const row of group.rows) {
      const top = y;
      const barTop = top + 22;
      const [low] = estimateExtent(row);
      const confirmed = row.statut_verification === 'confirme';
      const fill = confirmed ? fillOf('eur') : { fill: hatch, class: 'part-hatched' };
      const authorLines = wrapText(row.estimateur, labelWidth, 12).slice(0, 2);
      const offset = row.officiel ? 16 : 0;
      body.push(
        horizontalAxis(x, {
          y: 0,
          gridTop: barTop - 3,
          gridBottom: barTop + barHeight + 3,
          format: formatEuros,
          labels: false,
        }),
      );
      body.push(
        mark(
          {
            id: row.id,
            label: markLabel(row, group.label),
            tooltip: tooltipLines(row, group.label),
            focus: { x: labelLeft - 8, y: top - 2, width: width - 2 * (labelLeft - 8), height: rowHeight - 4 },
          },
          [
            ...authorLines.map((line, index) =>
              text(labelLeft, top + 14 + index * 15, truncate(line, labelWidth, 12), { size: 12 }),
            ),
            text(labelLeft, top + 14 + authorLines.length * 15, formatPartialDate(row.date), {
              size: 11.5,
              tone: 'soft',
            }),
            row.officiel ? element('path', { d: diamondPath(plotLeft + 6, top + 9, 6), ...fillOf('eur') }) : '',
            text(plotLeft + offset, top + 14, valueLabel(row), { bold: true, size: 12.5 }),
            element('rect', {
              x: plotLeft,
              y: barTop,
              width: Math.max(x(low) - plotLeft, 1),
              height: barHeight,
              fill: fill.fill,
              ...(confirmed ? {} : { stroke: PALETTE.eur, 'stroke-width': 1 }),
              class: `${fill.class}${confirmed ? '' : ` ${strokeOf('eur').class}`} tip-anchor`,
            }),
            text(plotLeft, barTop + barHeight + 15, truncate(row.perimetre, width - 20 - plotLeft, 11.5), {
              size: 11.5,
              tone: 'soft',
            }),
            estimateShape(row) === 'atLeast'
              ? element('path', {
                  d: `M${x(low) + 3},${barTop + barHeight / 2}h18m-6,-6l6,6l-6,6`,
                  fill: 'none',
                  'stroke-width': 2.5,
                  ...strokeOf('eur'),
                })
              : '',
          ].join(''),
        ),
      );
      y += rowHeight;
    }
  }
  const axisY = y + 4;
  const height = axisY + 10;
  const desc = `Barres horizontales en euros, de 0 à ${formatEuros(x.domain()[1] ?? highest)}, groupées en ${groups
    .map((group) => `« ${group.label} » (${group.rows.map((row) => valueLabel(row)).join(' ; ')})`)
    .join(
      ' et ',
    )}. Losange : chiffre officiel ; barre hachurée : chiffre incertain ou d’une source unique ; flèche : « plus de ».`;

  return svgDocument({
    id: options.id,
    width,
    height,
    title: options.title,
    desc,
    defs: hatchDefs(options.id, ['eur']),
    body: [
      ...body,
      horizontalAxis(x, { y: axisY, gridTop: axisY - 14, gridBottom: axisY - 14, format: formatEuros }),
    ].join('\n'),
    ...(options.standalone ? { standalone: options.standalone } : {}),
  });
}
