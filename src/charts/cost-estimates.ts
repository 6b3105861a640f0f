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
  legendLines,
  legendRow,
  mark,
  NARROW_MIN_FONT,
  NARROW_WIDTH,
  strokeOf,
  svgDocument,
  text,
  textBlock,
  truncate,
  wrapText,
  type ChartOptions,
  type LegendItem,
} from './svg.ts';

export interface CostGroupInput {
  /** Heading of the group (a period). */
  label: string;
  rows: readonly EstimationRow[];
}

/** The legend's keys: official, uncertain (hatched), lower bound (arrow). */
function costLegend(hatch: string): LegendItem[] {
  return [
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
  ];
}

/** Words of the chart's <desc>, the same in both layouts. */
function costDesc(groups: readonly CostGroupInput[], axisEnd: number): string {
  return `Barres horizontales en euros, de 0 à ${formatEuros(axisEnd)}, groupées en ${groups
    .map((group) => `« ${group.label} » (${group.rows.map((row) => valueLabel(row)).join(' ; ')})`)
    .join(
      ' et ',
    )}. Losange : chiffre officiel ; barre hachurée : chiffre incertain ou d’une source unique ; flèche : « plus de ».`;
}

/** A bar from `left` to the estimate's lower bound: solid when confirmed, hatched and outlined otherwise. */
function costBar(row: EstimationRow, left: number, end: number, top: number, height: number, hatch: string): string {
  const confirmed = row.statut_verification === 'confirme';
  const fill = confirmed ? fillOf('eur') : { fill: hatch, class: 'part-hatched' };
  return element('rect', {
    x: left,
    y: top,
    width: Math.max(end - left, 1),
    height,
    fill: fill.fill,
    ...(confirmed ? {} : { stroke: PALETTE.eur, 'stroke-width': 1 }),
    class: `${fill.class}${confirmed ? '' : ` ${strokeOf('eur').class}`} tip-anchor`,
  });
}

/** The arrow after a lower bound's bar, or ''. */
function boundArrow(row: EstimationRow, end: number, middle: number): string {
  return estimateShape(row) === 'atLeast'
    ? element('path', {
        d: `M${end + 3},${middle}h18m-6,-6l6,6l-6,6`,
        fill: 'none',
        'stroke-width': 2.5,
        ...strokeOf('eur'),
      })
    : '';
}

/**
 * The phone layout: for each estimate, its author and date, its amount, the
 * bar across the width (one axis for all), then its scope; the legend over
 * several lines, the axis at the bottom.
 */
function costEstimatesNarrow(groups: readonly CostGroupInput[], options: ChartOptions): string {
  const width = NARROW_WIDTH;
  const left = 16;
  const right = width - 16;
  const inner = right - left;
  const barHeight = 18;
  const allRows = groups.flatMap((group) => group.rows);
  const highest = max(allRows, (row) => estimateExtent(row)[1]) ?? 1;
  // Room after the longest bar for the arrow of a lower bound.
  const x = scaleLinear()
    .domain([0, highest])
    .range([left, right - 26])
    .nice();
  const hatch = `url(#${hatchId(options.id, 'eur')})`;
  const legend = legendLines(left, 18, costLegend(hatch), inner);
  const body: string[] = [legend.markup];
  let y = 18 + legend.height - 8;
  for (const group of groups) {
    body.push(element('line', { x1: left, x2: right, y1: y, y2: y, class: 'c-axis', stroke: PALETTE.axis }));
    const heading = textBlock(left, y + 8, group.label, { size: 15, bold: true, maxWidth: inner });
    body.push(heading.markup);
    y += 8 + heading.height + 8;
    for (const row of group.rows) {
      const top = y;
      const author = textBlock(left, top, row.estimateur, { size: 14, maxWidth: inner, maxLines: 2 });
      const date = textBlock(left, top + author.height, formatPartialDate(row.date), {
        size: NARROW_MIN_FONT,
        tone: 'soft',
        maxWidth: inner,
      });
      const offset = row.officiel ? 20 : 0;
      const valueTop = top + author.height + date.height + 2;
      const value = textBlock(left + offset, valueTop, valueLabel(row), {
        size: 14,
        bold: true,
        maxWidth: inner - offset,
      });
      const barTop = valueTop + value.height + 4;
      const [low] = estimateExtent(row);
      const scope = textBlock(left, barTop + barHeight + 4, row.perimetre, {
        size: NARROW_MIN_FONT,
        tone: 'soft',
        maxWidth: inner,
        maxLines: 2,
      });
      const rowHeight = barTop + barHeight + 4 + scope.height - top;
      body.push(
        horizontalAxis(x, {
          y: 0,
          gridTop: barTop - 3,
          gridBottom: barTop + barHeight + 3,
          format: formatEuros,
          ticks: 3,
          labels: false,
        }),
      );
      body.push(
        mark(
          {
            id: row.id,
            label: markLabel(row, group.label),
            tooltip: tooltipLines(row, group.label),
            focus: { x: left - 6, y: top - 3, width: inner + 12, height: rowHeight + 6 },
          },
          [
            author.markup,
            date.markup,
            row.officiel ? element('path', { d: diamondPath(left + 7, valueTop + 10, 7), ...fillOf('eur') }) : '',
            value.markup,
            costBar(row, left, x(low), barTop, barHeight, hatch),
            boundArrow(row, x(low), barTop + barHeight / 2),
            scope.markup,
          ].join(''),
        ),
      );
      y += rowHeight + 14;
    }
  }
  const axisY = y + 8;
  body.push(
    horizontalAxis(x, {
      y: axisY,
      gridTop: axisY - 16,
      gridBottom: axisY - 16,
      format: formatEuros,
      ticks: 3,
      size: NARROW_MIN_FONT,
      bounds: [left, right],
    }),
  );

  return svgDocument({
    id: options.id,
    width,
    height: axisY + 8,
    title: options.title,
    desc: costDesc(groups, x.domain()[1] ?? highest),
    defs: hatchDefs(options.id, ['eur']),
    body: body.join('\n'),
    layout: 'narrow',
    ...(options.standalone ? { standalone: options.standalone } : {}),
  });
}

/** The cost bars, as SVG markup (wide or narrow layout). */
export function costEstimatesChart(groups: readonly CostGroupInput[], options: ChartOptions): string {
  if (options.layout === 'narrow') return costEstimatesNarrow(groups, options);
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

  const legend = legendRow(labelLeft, 18, costLegend(hatch));

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
              size: 12,
              tone: 'soft',
            }),
            row.officiel ? element('path', { d: diamondPath(plotLeft + 6, top + 9, 6), ...fillOf('eur') }) : '',
            text(plotLeft + offset, top + 14, valueLabel(row), { bold: true, size: 12.5 }),
            costBar(row, plotLeft, x(low), barTop, barHeight, hatch),
            text(plotLeft, barTop + barHeight + 15, truncate(row.perimetre, width - 20 - plotLeft, 12), {
              size: 12,
              tone: 'soft',
            }),
            boundArrow(row, x(low), barTop + barHeight / 2),
          ].join(''),
        ),
      );
      y += rowHeight;
    }
  }
  const axisY = y + 4;
  const height = axisY + 10;
  const desc = costDesc(groups, x.domain()[1] ?? highest);

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
